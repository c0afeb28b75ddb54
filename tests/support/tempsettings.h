// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace pd::test {

/// The user's settings (QSettings()) in a temporary folder for one test, empty at the start; the
/// usual place again afterwards. Recent databases, save folders and My details are kept there.
class TempSettings {
  public:
    TempSettings() {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QSettings().clear();
    }
    ~TempSettings() {
        QSettings().clear();
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
        QSettings::setDefaultFormat(QSettings::NativeFormat);
    }
    TempSettings(const TempSettings&) = delete;
    TempSettings& operator=(const TempSettings&) = delete;
    QString dir() const { return m_dir.path(); }

  private:
    QTemporaryDir m_dir;
};

} // namespace pd::test
