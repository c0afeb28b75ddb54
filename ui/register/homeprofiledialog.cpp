// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/register/homeprofiledialog.h"

#include "core/services/desk.h"
#include "ui/widgets/permissiongate.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace pd::ui {

HomeProfileDialog::HomeProfileDialog(core::Desk& desk, qint64 provisionId, const QString& provisionName,
                                     QWidget* parent)
    : QDialog(parent), m_desk(desk), m_about(new QPlainTextEdit(this)), m_photos(new QListWidget(this)),
      m_caption(new QLineEdit(this)), m_message(new QLabel(this)) {
    m_profile.provisionId = provisionId;
    setWindowTitle(tr("Profile for children \u2014 %1").arg(provisionName));
    auto* layout = new QVBoxLayout(this);
    auto* aboutLabel = new QLabel(tr("&About the home, in the provider's words for a child (who lives there, "
                                     "the bedroom, what they like doing):"),
                                  this);
    aboutLabel->setWordWrap(true);
    aboutLabel->setBuddy(m_about);
    m_about->setAccessibleName(tr("About the home"));
    m_about->setTabChangesFocus(true);
    layout->addWidget(aboutLabel);
    layout->addWidget(m_about, 1);
    auto* photosLabel = new QLabel(
        tr("P&hotos the provider supplied (at most %1):").arg(core::HomeProfile::kMaxPhotos), this);
    photosLabel->setBuddy(m_photos);
    m_photos->setViewMode(QListView::IconMode);
    m_photos->setIconSize(QSize(160, 110));
    m_photos->setResizeMode(QListView::Adjust);
    m_photos->setAccessibleName(tr("Photos"));
    layout->addWidget(photosLabel);
    layout->addWidget(m_photos, 1);
    auto* photoRow = new QHBoxLayout;
    auto* captionLabel = new QLabel(tr("&Caption:"), this);
    captionLabel->setBuddy(m_caption);
    m_caption->setPlaceholderText(tr("e.g. Your bedroom"));
    m_caption->setMaxLength(core::HomeProfile::kMaxCaption);
    auto* add = new QPushButton(tr("Add &photo\u2026"), this);
    auto* remove = new QPushButton(tr("&Remove photo"), this);
    photoRow->addWidget(captionLabel);
    photoRow->addWidget(m_caption, 1);
    photoRow->addWidget(add);
    photoRow->addWidget(remove);
    layout->addLayout(photoRow);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #8a1c1c"));
    layout->addWidget(m_message);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    layout->addWidget(box);
    for (QWidget* w : {static_cast<QWidget*>(add), static_cast<QWidget*>(remove),
                       static_cast<QWidget*>(box->button(QDialogButtonBox::Save))})
        gateWidget(w, &m_desk, core::Operation::EditProvision);
    m_about->setReadOnly(!whyNot(&m_desk, core::Operation::EditProvision).isEmpty());
    connect(add, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Add a photo"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
            tr("Pictures (*.png *.jpg *.jpeg)"));
        if (!path.isEmpty())
            m_message->setText(addPhotoFile(path));
    });
    connect(remove, &QPushButton::clicked, this, &HomeProfileDialog::removeSelected);
    connect(box, &QDialogButtonBox::accepted, this, &HomeProfileDialog::save);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(760, 640);
    reload();
}

bool HomeProfileDialog::reload() {
    auto profile = m_desk.newHomes().profile(m_profile.provisionId);
    if (!profile) {
        m_message->setText(profile.error().message);
        return false;
    }
    m_profile = profile.value();
    m_about->setPlainText(m_profile.about);
    m_photos->clear();
    for (const core::HomePhoto& p : m_profile.photos) {
        QPixmap pixmap;
        pixmap.loadFromData(p.image);
        auto* item = new QListWidgetItem(QIcon(pixmap), p.caption.isEmpty() ? tr("(no caption)") : p.caption);
        item->setData(Qt::UserRole, p.id);
        m_photos->addItem(item);
    }
    return true;
}

QString HomeProfileDialog::addPhotoFile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return tr("Could not read %1: %2").arg(path, f.errorString());
    auto id = m_desk.newHomes().addPhoto(m_profile.provisionId, m_caption->text(), f.readAll());
    if (!id)
        return id.error().message;
    m_caption->clear();
    const QString about = m_about->toPlainText(); // a photo never costs the text being typed
    reload();
    m_about->setPlainText(about);
    return {};
}

void HomeProfileDialog::removeSelected() {
    QListWidgetItem* item = m_photos->currentItem();
    if (!item) {
        m_message->setText(tr("Choose the photo to remove first."));
        return;
    }
    if (auto s = m_desk.newHomes().removePhoto(item->data(Qt::UserRole).toLongLong()); !s) {
        m_message->setText(s.error().message);
        return;
    }
    const QString about = m_about->toPlainText();
    reload();
    m_about->setPlainText(about);
    m_message->clear();
}

void HomeProfileDialog::save() {
    m_profile.about = m_about->toPlainText().trimmed();
    if (auto s = m_desk.newHomes().saveAbout(m_profile); !s) {
        m_message->setText(s.error().message); // the text stays in the box
        return;
    }
    accept();
}

} // namespace pd::ui
