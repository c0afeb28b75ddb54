// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/referrals/referralform.h"

#include "core/domain/entrychecks.h"
#include "core/domain/geo.h"
#include "core/domain/placementsstandard.h"
#include "ui/models/contactmodel.h"
#include "ui/models/criteriamodel.h"
#include "ui/models/referralchildrenmodel.h"
#include "ui/referrals/childcelldelegate.h"
#include "ui/referrals/criteriondelegate.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/postcodefield.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

/// A field's words for people, from the standard's table.
QString fieldLabel(const char* name) {
    const core::StandardField* f = core::PlacementsStandard::field(QString::fromLatin1(name));
    return f && f->label ? QCoreApplication::translate("PlacementsStandard", f->label)
                         : QString::fromLatin1(name);
}

/// The categorical fields the form shows as combo boxes: those Referral keeps as text.
bool isCombo(const core::StandardField& f) {
    return f.text && QLatin1String(f.type) == QLatin1String("Categorical");
}

/// A code of the standard in words where it is a letter.
QString optionWords(const QString& code) {
    if (code == QLatin1String("Y"))
        return ReferralForm::tr("Yes");
    if (code == QLatin1String("N"))
        return ReferralForm::tr("No");
    if (code == QLatin1String("Not Specified"))
        return ReferralForm::tr("Not specified");
    return code;
}

/// A table view over one of the form's models (which the view owns).
QTableView* makeTable(QAbstractItemModel* model, QWidget* parent) {
    auto* t = new QTableView(parent);
    model->setParent(t);
    t->setModel(model);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->setVisible(false);
    return t;
}

/// A table with Add and Remove buttons under it.
QWidget* withRowButtons(QTableView* table, const QString& addText, QWidget* parent) {
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(table);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(addText, box);
    auto* remove = new QPushButton(ReferralForm::tr("Remove selected"), box);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    // The new row's first cell is edited at once: the next keys type into it.
    QObject::connect(add, &QPushButton::clicked, table, [table] {
        QAbstractItemModel* model = table->model();
        const int row = model->rowCount();
        model->insertRow(row);
        table->setCurrentIndex(model->index(row, 0));
        table->setFocus(Qt::OtherFocusReason);
        table->edit(model->index(row, 0));
    });
    QObject::connect(remove, &QPushButton::clicked, table, [table] {
        if (table->currentIndex().isValid())
            table->model()->removeRow(table->currentIndex().row());
    });
    return box;
}

QWidget* scrolling(QWidget* page) {
    auto* area = new QScrollArea;
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setFocusPolicy(Qt::NoFocus); // the page's first field takes the focus, not its frame
    area->setWidget(page);
    return area;
}

} // namespace

ReferralForm::ReferralForm(QWidget* parent) : QTabWidget(parent) {
    addTab(buildChildrenPage(), tr("C&hild(ren)"));
    addTab(scrolling(buildNeedsPage()), tr("&Needs and risks"));
    addTab(scrolling(buildRequirementsPage()), tr("Re&quirements"));
    addTab(buildEducationPage(), tr("&Education and contact"));
    addTab(buildCriteriaPage(), tr("&Criteria and outcomes"));
    addTab(buildChildsViewPage(), tr("The child's &view"));
}

QComboBox* ReferralForm::addCombo(const QString& field) {
    auto* combo = new QComboBox(this);
    // Shown in words, stored as the standard's code ("Y" reads "Yes").
    for (const QString& option : core::PlacementsStandard::options(field))
        combo->addItem(optionWords(option), option);
    m_combos.insert(field, combo);
    connect(combo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            emit edited();
    });
    return combo;
}

void ReferralForm::watch(QAbstractItemModel* model) {
    connect(model, &QAbstractItemModel::dataChanged, this, [this] {
        if (!m_loading)
            emit edited();
    });
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this] {
        if (!m_loading)
            emit edited();
    });
}

QWidget* ReferralForm::buildChildrenPage() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_socialWorker = new QLineEdit(page);
    m_officer = new QLineEdit(page);
    m_emergency =
        new QCheckBox(tr("Emergency: needed today (the duty manager may approve without panel)"), page);
    m_neededBy = addCombo(QStringLiteral("neededBy"));
    m_neededBy->insertItem(0, QString());
    m_neededByDate = new DateField(page);
    m_neededByDate->setOptional(true);
    m_preferredLocation = new QLineEdit(page);
    m_homePostcode = new PostcodeField(page);
    for (QLineEdit* e : {m_socialWorker, m_officer, m_preferredLocation})
        e->setMinimumWidth(320);
    form->addRow(tr("Social &worker"), m_socialWorker);
    form->addRow(tr("Placement &officer"), m_officer);
    form->addRow(fieldLabel("neededBy"), m_neededBy);
    form->addRow(tr("Needed &by"), m_neededByDate);
    form->addRow(QString(), m_emergency);
    form->addRow(tr("Home &postcode"), m_homePostcode);
    form->addRow(tr("Preferred &location"), m_preferredLocation);
    layout->addLayout(form);
    auto* caption =
        new QLabel(tr("Ch&ildren: the child, or brothers and sisters to be placed together"), page);
    QFont bold = caption->font();
    bold.setBold(true);
    caption->setFont(bold);
    layout->addWidget(caption);
    auto* help = new QLabel(
        tr("One row each. Dates as dd/mm/yyyy; needs and legal status are chosen from lists (F2 "
           "or Enter opens the list, Space ticks a need, Enter keeps). Tab moves to the next cell."),
        page);
    help->setWordWrap(true);
    layout->addWidget(help);
    m_childrenModel = new ReferralChildrenModel(this);
    m_children = makeTable(m_childrenModel, page);
    m_children->setItemDelegate(new ChildCellDelegate(m_children));
    // Tall enough for the needs list to open over it without scrolling much.
    m_children->setMinimumHeight(260);
    m_children->setMaximumHeight(300);
    m_children->setAccessibleName(tr("Children"));
    m_children->setColumnWidth(ReferralChildrenModel::Needs, 220);
    m_children->setColumnWidth(ReferralChildrenModel::Sex, 80);
    caption->setBuddy(m_children);
    watch(m_childrenModel);
    layout->addWidget(withRowButtons(m_children, tr("Add a child"), page));
    layout->addStretch();
    // Down the form as it reads, then the children (the combo was made before the page's fields).
    QWidget* order[] = {m_socialWorker,
                        m_officer,
                        m_neededBy,
                        m_neededByDate->edit(),
                        m_neededByDate->calendarButton(),
                        m_emergency,
                        m_homePostcode->edit(),
                        m_preferredLocation,
                        m_children};
    for (size_t i = 0; i + 1 < std::size(order); ++i)
        setTabOrder(order[i], order[i + 1]);
    for (QLineEdit* e : {m_socialWorker, m_officer, m_preferredLocation})
        connect(e, &QLineEdit::textEdited, this, &ReferralForm::edited);
    connect(m_emergency, &QCheckBox::toggled, this, [this] {
        if (!m_loading)
            emit edited();
    });
    connect(m_homePostcode, &PostcodeField::edited, this, &ReferralForm::edited);
    connect(m_neededByDate, &DateField::edited, this, [this] {
        if (!m_loading)
            emit edited();
    });
    return page;
}

QWidget* ReferralForm::buildNeedsPage() {
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(new QLabel(tr("<b>Communication and culture</b>"), page));
    form->addRow(fieldLabel("communicationNeeds"), addCombo(QStringLiteral("communicationNeeds")));
    auto* comms = new QHBoxLayout;
    for (const QString& option : core::PlacementsStandard::options(u"specificCommunicationRequirements")) {
        auto* box = new QCheckBox(option, page);
        m_communication.insert(option, box);
        comms->addWidget(box);
        connect(box, &QCheckBox::toggled, this, [this] {
            if (!m_loading)
                emit edited();
        });
    }
    comms->addStretch();
    form->addRow(tr("Specific requirements"), comms);
    form->addRow(fieldLabel("culturalNeeds"), addCombo(QStringLiteral("culturalNeeds")));
    form->addRow(new QLabel(tr("<b>Risks to the child</b>"), page));
    for (const char* f : {"riskSelfHarm", "riskSexualExploitation", "riskCriminalExploitation",
                          "riskDrugAlcohol", "riskEatingDisorder", "riskMissing"})
        form->addRow(fieldLabel(f), addCombo(QLatin1String(f)));
    m_riskOther = new QLineEdit(page);
    m_riskOther->setMinimumWidth(320);
    form->addRow(tr("Other risk to the child"), m_riskOther);
    form->addRow(new QLabel(tr("<b>Risks to others</b>"), page));
    for (const char* f : {"riskToOthersPhysical", "riskToOthersSexual", "riskToOthersFire",
                          "riskToOthersAnimals", "riskToOthersCriminal"})
        form->addRow(fieldLabel(f), addCombo(QLatin1String(f)));
    m_riskToOthersOther = new QLineEdit(page);
    m_riskToOthersOther->setMinimumWidth(320);
    form->addRow(tr("Other risk to others"), m_riskToOthersOther);
    for (QLineEdit* e : {m_riskOther, m_riskToOthersOther})
        connect(e, &QLineEdit::textEdited, this, &ReferralForm::edited);
    return page;
}

QWidget* ReferralForm::buildRequirementsPage() {
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(new QLabel(tr("<b>Placement type</b>"), page));
    for (const char* f :
         {"fosterCareSuitability", "residentialCareSuitability", "supportedAccommodationSuitability"})
        form->addRow(fieldLabel(f), addCombo(QLatin1String(f)));
    form->addRow(new QLabel(tr("<b>The home</b>"), page));
    form->addRow(fieldLabel("livingCompanions"), addCombo(QStringLiteral("livingCompanions")));
    form->addRow(fieldLabel("pets"), addCombo(QStringLiteral("pets")));
    m_homeAdaptation = new QCheckBox(tr("The home needs adapting"), page);
    m_deprivationOfLiberty = new QCheckBox(tr("A deprivation of liberty order applies"), page);
    form->addRow(QString(), m_homeAdaptation);
    form->addRow(QString(), m_deprivationOfLiberty);
    form->addRow(fieldLabel("additionalSupport"), addCombo(QStringLiteral("additionalSupport")));
    m_additionalSupportOther = new QLineEdit(page);
    form->addRow(tr("Other support"), m_additionalSupportOther);
    m_budget = new QDoubleSpinBox(page);
    m_budget->setRange(0, 20000);
    m_budget->setPrefix(QStringLiteral("£"));
    m_budget->setSuffix(tr(" a week"));
    m_budget->setSpecialValueText(tr("no guide given"));
    form->addRow(tr("Budget guide"), m_budget);
    for (QCheckBox* b : {m_homeAdaptation, m_deprivationOfLiberty})
        connect(b, &QCheckBox::toggled, this, [this] {
            if (!m_loading)
                emit edited();
        });
    connect(m_additionalSupportOther, &QLineEdit::textEdited, this, &ReferralForm::edited);
    connect(m_budget, &QDoubleSpinBox::valueChanged, this, [this] {
        if (!m_loading)
            emit edited();
    });
    return page;
}

QWidget* ReferralForm::buildEducationPage() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_schoolName = new QLineEdit(page);
    m_schoolPostcode = new PostcodeField(page);
    m_schoolName->setMinimumWidth(320);
    m_keepSchool = new QCheckBox(tr("The school place must be kept (travel is costed)"), page);
    form->addRow(tr("&School"), m_schoolName);
    form->addRow(tr("School &postcode"), m_schoolPostcode);
    form->addRow(QString(), m_keepSchool);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("<b>Contact arrangements</b>"), page));
    m_contactModel = new ContactModel(this);
    m_contact = makeTable(m_contactModel, page);
    m_contact->setAccessibleName(tr("Contact arrangements"));
    watch(m_contactModel);
    layout->addWidget(withRowButtons(m_contact, tr("Add contact"), page), 1);
    connect(m_schoolName, &QLineEdit::textEdited, this, &ReferralForm::edited);
    connect(m_schoolPostcode, &PostcodeField::edited, this, &ReferralForm::edited);
    connect(m_keepSchool, &QCheckBox::toggled, this, [this] {
        if (!m_loading)
            emit edited();
    });
    return page;
}

QWidget* ReferralForm::buildCriteriaPage() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(
        new QLabel(tr("Choose each criterion's kind and value from the lists (criteria are never free text: "
                      "what the child needs in words goes in the notes and outcomes)."),
                   page));
    layout->itemAt(0)->widget()->setProperty("wordWrap", true);
    layout->addWidget(
        new QLabel(tr("<b>Essential criteria</b> (a placement that misses one is excluded)"), page));
    m_essentialModel = new CriteriaModel(this);
    m_essential = makeTable(m_essentialModel, page);
    m_essential->setAccessibleName(tr("Essential criteria"));
    m_essential->setItemDelegate(new CriterionDelegate(m_essential));
    watch(m_essentialModel);
    layout->addWidget(withRowButtons(m_essential, tr("Add essential"), page), 1);
    layout->addWidget(new QLabel(tr("<b>Desirable criteria</b> (scored)"), page));
    m_desirableModel = new CriteriaModel(this);
    m_desirable = makeTable(m_desirableModel, page);
    m_desirable->setAccessibleName(tr("Desirable criteria"));
    m_desirable->setItemDelegate(new CriterionDelegate(m_desirable));
    watch(m_desirableModel);
    layout->addWidget(withRowButtons(m_desirable, tr("Add desirable"), page), 1);
    // Arrows move between a criterion's cells, Tab leaves the table (F2 or typing edits a cell).
    for (QTableView* t : {m_essential, m_desirable}) {
        t->setTabKeyNavigation(false);
        t->setSelectionBehavior(QAbstractItemView::SelectItems);
        t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    }
    auto* outcomesLabel = new QLabel(tr("Expected &outcomes (one a line; they go into the contract)"), page);
    layout->addWidget(outcomesLabel);
    m_outcomes = new QPlainTextEdit(page);
    m_outcomes->setTabChangesFocus(true);
    m_outcomes->setAccessibleName(tr("Expected outcomes"));
    outcomesLabel->setBuddy(m_outcomes);
    connect(m_outcomes, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            emit edited();
    });
    layout->addWidget(m_outcomes, 1);
    return page;
}

QPlainTextEdit* ReferralForm::addWords(QVBoxLayout* layout, const QString& label, QWidget* page) {
    auto* caption = new QLabel(label, page);
    caption->setWordWrap(true);
    auto* edit = new QPlainTextEdit(page);
    caption->setBuddy(edit);
    edit->setAccessibleName(caption->text().remove(QLatin1Char('&')));
    edit->setTabChangesFocus(true);
    connect(edit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            emit edited();
    });
    layout->addWidget(caption);
    layout->addWidget(edit, 1);
    return edit;
}

QWidget* ReferralForm::buildChildsViewPage() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* intro =
        new QLabel(tr("Write what the child said, in their own words (\"I want to...\"). It is quoted back "
                      "to them in their \"your new home\" profile and never goes to providers."),
                   page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_childsWishes = addWords(layout, tr("&Wishes and feelings about the move"), page);
    m_newHomeMatters = addWords(layout, tr("What &matters to them about a new home"), page);
    return page;
}

void ReferralForm::setReferral(const core::Referral& r) {
    m_loading = true;
    m_base = r;
    m_childrenModel->setChildren(r.children);
    m_socialWorker->setText(r.socialWorker);
    m_officer->setText(r.officer);
    m_emergency->setChecked(r.emergency);
    m_neededByDate->setDate(r.neededByDate);
    m_preferredLocation->setText(r.preferredLocation);
    for (const core::StandardField& f : core::PlacementsStandard::fields())
        if (QComboBox* combo = isCombo(f) ? m_combos.value(QLatin1String(f.name)) : nullptr)
            combo->setCurrentIndex(combo->findData(r.*f.text));
    for (auto it = m_communication.begin(); it != m_communication.end(); ++it)
        it.value()->setChecked(r.specificCommunicationRequirements.contains(it.key()));
    m_riskOther->setText(r.riskOther);
    m_riskToOthersOther->setText(r.riskToOthersOther);
    m_homeAdaptation->setChecked(r.homeAdaptation);
    m_deprivationOfLiberty->setChecked(r.deprivationOfLiberty);
    m_additionalSupportOther->setText(r.additionalSupportOther);
    m_budget->setValue(r.budgetGuideWeekly);
    m_homePostcode->setPostcode(r.homePostcode);
    m_childsWishes->setPlainText(r.childsWishes);
    m_newHomeMatters->setPlainText(r.newHomeMatters);
    m_schoolName->setText(r.schoolName);
    m_schoolPostcode->setPostcode(r.schoolPostcode);
    m_keepSchool->setChecked(r.keepSchoolPlace);
    m_contactModel->setContact(r.contact);
    m_essentialModel->setRows(r.essentialCriteria);
    m_desirableModel->setRows(r.desirableCriteria);
    m_outcomes->setPlainText(r.expectedOutcomes.join(u'\n'));
    m_loading = false;
}

core::Referral ReferralForm::referral() const {
    core::Referral r = m_base;
    r.children = m_childrenModel->children();
    r.siblingCount = std::max(0, int(r.children.size()) - 1);
    r.socialWorker = m_socialWorker->text().trimmed();
    r.officer = m_officer->text().trimmed();
    r.emergency = m_emergency->isChecked();
    r.neededByDate = m_neededByDate->date();
    r.preferredLocation = m_preferredLocation->text().trimmed();
    for (const core::StandardField& f : core::PlacementsStandard::fields())
        if (QComboBox* combo = isCombo(f) ? m_combos.value(QLatin1String(f.name)) : nullptr)
            r.*f.text = combo->currentData().toString();
    r.specificCommunicationRequirements.clear();
    for (auto it = m_communication.begin(); it != m_communication.end(); ++it)
        if (it.value()->isChecked())
            r.specificCommunicationRequirements << it.key();
    if (r.specificCommunicationRequirements.isEmpty())
        r.specificCommunicationRequirements << QStringLiteral("None");
    r.riskOther = m_riskOther->text().trimmed();
    r.riskToOthersOther = m_riskToOthersOther->text().trimmed();
    r.homeAdaptation = m_homeAdaptation->isChecked();
    r.deprivationOfLiberty = m_deprivationOfLiberty->isChecked();
    r.additionalSupportOther = m_additionalSupportOther->text().trimmed();
    r.budgetGuideWeekly = m_budget->value();
    r.homePostcode = m_homePostcode->postcode();
    r.childsWishes = m_childsWishes->toPlainText().trimmed();
    r.newHomeMatters = m_newHomeMatters->toPlainText().trimmed();
    r.schoolName = m_schoolName->text().trimmed();
    r.schoolPostcode = m_schoolPostcode->postcode();
    r.keepSchoolPlace = m_keepSchool->isChecked();
    r.contact = m_contactModel->contact();
    r.essentialCriteria = m_essentialModel->criteria();
    r.desirableCriteria = m_desirableModel->criteria();
    r.expectedOutcomes.clear();
    for (const QString& line : m_outcomes->toPlainText().split(u'\n', Qt::SkipEmptyParts))
        if (!line.trimmed().isEmpty())
            r.expectedOutcomes << line.trimmed();
    return r;
}

QStringList ReferralForm::invalidEntries() const {
    QStringList out = m_childrenModel->problems();
    if (const QString why = m_neededByDate->problem(); !why.isEmpty())
        out << tr("Needed by: %1").arg(why);
    if (const QString why = m_homePostcode->problem(); !why.isEmpty())
        out << tr("Home postcode: %1").arg(why);
    if (const QString why = m_schoolPostcode->problem(); !why.isEmpty())
        out << tr("School postcode: %1").arg(why);
    out << m_contactModel->problems();
    return out;
}

QLineEdit* ReferralForm::homePostcodeEdit() const {
    return m_homePostcode->edit();
}

void ReferralForm::setReadOnly(bool readOnly) {
    for (int i = 0; i < count(); ++i)
        widget(i)->setEnabled(!readOnly);
}

} // namespace pd::ui
