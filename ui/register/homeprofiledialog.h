// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/homeprofile.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace pd::core {
class Desk;
}

namespace pd::ui {

/// A provision's profile for children, as the provider supplied it: "about us" in words for a child
/// and photos, which the child's "your new home" profile shows. Photos are added and removed at
/// once; the text is saved with Save.
class HomeProfileDialog : public QDialog {
    Q_OBJECT
  public:
    HomeProfileDialog(core::Desk& desk, qint64 provisionId, const QString& provisionName,
                      QWidget* parent = nullptr);
    /// Adds the photo file with the caption typed; the error's sentence when refused.
    QString addPhotoFile(const QString& path);
    QPlainTextEdit* aboutEdit() const { return m_about; }
    QListWidget* photoList() const { return m_photos; }

  private:
    bool reload();
    void save();
    void removeSelected();

    core::Desk& m_desk;
    core::HomeProfile m_profile;
    QPlainTextEdit* m_about;
    QListWidget* m_photos;
    QLineEdit* m_caption;
    QLabel* m_message;
};

} // namespace pd::ui
