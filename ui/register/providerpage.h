// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/provider.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QPushButton;
class QTextBrowser;

namespace pd::core {
class Desk;
}

namespace pd::ui {

/// One provider: details, provisions, vacancies, current placements with this authority,
/// disruptions (derived from placements) and quality notes, with the actions on it.
class ProviderPage : public QDialog {
    Q_OBJECT
  public:
    ProviderPage(core::Desk& desk, qint64 providerId, const QDate& today, QWidget* parent = nullptr);

    /// Re-reads everything; false with a message shown in the page when the provider is gone.
    bool reload();
    QString html() const;
    bool changed() const { return m_changed; }
    qint64 providerId() const { return m_providerId; }
    /// Chooses one of the provider's households or homes (for its actions); the one chosen.
    void showProvision(qint64 provisionId);
    qint64 chosenProvision() const;

  private:
    QString buildHtml(QString* error) const;
    void editProvider();
    void addProvision();
    void editProvision();
    void addVacancy();
    void changeStatus(core::FrameworkStatus status);
    void showResult(const core::Status& status, const QString& title);

    core::Desk& m_desk;
    qint64 m_providerId;
    QDate m_today;
    core::Provider m_provider;
    bool m_changed = false;
    QTextBrowser* m_view;
    QComboBox* m_provisions;
    QPushButton* m_editProvision;
    QPushButton* m_addVacancy;
    QPushButton* m_homeProfile;
    QPushButton* m_suspend;
    QPushButton* m_exclude;
    QPushButton* m_reinstate;
};

} // namespace pd::ui
