// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/help/userguidewindow.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace pd::ui {

namespace {
/// "Providers" and "Provider register" share their stem: a plural or a longer word still finds it;
/// a short word ("My") only itself.
bool sameStem(const QString& a, const QString& b) {
    const int n = int(std::min(a.size(), b.size()));
    return a.compare(b, Qt::CaseInsensitive) == 0 ||
           (n >= 5 && a.left(n).compare(b.left(n), Qt::CaseInsensitive) == 0);
}
} // namespace

UserGuideWindow::UserGuideWindow(QWidget* parent) : QDialog(parent), m_browser(new QTextBrowser(this)) {
    setWindowTitle(tr("Placement Desk — user guide"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_browser->setOpenExternalLinks(false);
    m_browser->setAccessibleName(tr("User guide"));
    QFile guide(QStringLiteral(":/docs/user-guide.md"));
    if (guide.open(QIODevice::ReadOnly))
        m_browser->setMarkdown(QString::fromUtf8(guide.readAll()));
    else
        m_browser->setPlainText(tr("The user guide is not built into this copy of Placement Desk."));
    resize(820, 640);
}

QString UserGuideWindow::showSection(const QString& topic) {
    const QString word = topic.section(u' ', 0, 0).remove(u'&');
    QTextBlock found;
    for (QTextBlock b = m_browser->document()->begin(); b.isValid() && !found.isValid(); b = b.next())
        if (b.blockFormat().headingLevel() == 2 && sameStem(b.text().section(u' ', 0, 0), word))
            found = b;
    if (!found.isValid())
        found = m_browser->document()->begin();
    QTextCursor cursor(found);
    m_browser->setTextCursor(cursor);
    // The heading at the top of the window, not just somewhere on screen.
    m_browser->verticalScrollBar()->setValue(m_browser->verticalScrollBar()->maximum());
    m_browser->ensureCursorVisible();
    return found.text();
}

UserGuideWindow* UserGuideWindow::open(QWidget* from, const QString& topic) {
    QWidget* window = from ? from->window() : nullptr;
    auto* guide =
        window ? window->findChild<UserGuideWindow*>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (!guide)
        guide = new UserGuideWindow(window);
    guide->show();
    guide->raise();
    guide->showSection(topic);
    return guide;
}

} // namespace pd::ui
