// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/searchkeys.h"

#include <QAbstractItemView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPointer>

namespace pd::ui {

namespace {

const char* const kSearchProperty = "pdSearchBox";

class SearchKeyFilter : public QObject {
  public:
    SearchKeyFilter(QLineEdit* search, QAbstractItemView* list) : QObject(search), m_list(list) {}

    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() != QEvent::KeyPress || !m_list || !m_list->model())
            return QObject::eventFilter(watched, event);
        const auto* key = static_cast<QKeyEvent*>(event);
        QAbstractItemModel* model = m_list->model();
        const int rows = model->rowCount(m_list->rootIndex());
        if (key->key() == Qt::Key_Down && key->modifiers() == Qt::NoModifier) {
            if (rows > 0 && !m_list->currentIndex().isValid())
                m_list->setCurrentIndex(model->index(0, 0, m_list->rootIndex()));
            m_list->setFocus(Qt::TabFocusReason);
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && rows > 0) {
            QModelIndex row = m_list->currentIndex();
            if (!row.isValid() && rows == 1)
                row = model->index(0, 0, m_list->rootIndex());
            if (!row.isValid()) { // several rows, none chosen: go to the list to choose
                m_list->setCurrentIndex(model->index(0, 0, m_list->rootIndex()));
                m_list->setFocus(Qt::TabFocusReason);
                return true;
            }
            emit m_list->activated(row);
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

  private:
    QPointer<QAbstractItemView> m_list;
};

} // namespace

void wireSearchKeys(QLineEdit* search, QAbstractItemView* list) {
    search->setProperty(kSearchProperty, true);
    search->installEventFilter(new SearchKeyFilter(search, list));
}

QLineEdit* searchBoxOf(QWidget* area) {
    if (!area)
        return nullptr;
    const QList<QLineEdit*> edits = area->findChildren<QLineEdit*>();
    for (QLineEdit* e : edits)
        if (e->property(kSearchProperty).toBool())
            return e;
    for (QLineEdit* e : edits)
        if (e->placeholderText().startsWith(QLatin1String("Search"), Qt::CaseInsensitive))
            return e;
    return nullptr;
}

bool wireAreaSearch(QWidget* area) {
    QLineEdit* search = searchBoxOf(area);
    const QList<QAbstractItemView*> lists =
        area ? area->findChildren<QAbstractItemView*>() : QList<QAbstractItemView*>();
    if (!search || lists.isEmpty() || search->property(kSearchProperty).toBool())
        return search && search->property(kSearchProperty).toBool();
    // The area's main list: the first table or tree (not a combo box's popup list).
    for (QAbstractItemView* list : lists)
        if (list->inherits("QTableView") || list->inherits("QTreeView")) {
            wireSearchKeys(search, list);
            return true;
        }
    return false;
}

} // namespace pd::ui
