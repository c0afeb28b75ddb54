// SPDX-License-Identifier: GPL-3.0-or-later
// The referral form's criteria are chosen from the closed vocabulary, not typed.
#include "core/domain/carerculture.h"
#include "tests/support/catch.h"
#include "ui/models/criteriamodel.h"
#include "ui/referrals/criterioncells.h"
#include "ui/referrals/criteriondelegate.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QStyleOptionViewItem>
#include <QTableView>

using namespace pd;

TEST_CASE("the criteria table offers kinds and each kind's values from the lists", "[ui][criteria]") {
    ui::CriteriaModel criteria;
    criteria.setRows({{QStringLiteral("carerLanguage"), QString()},
                      {QStringLiteral("maxDistanceMiles"), QString()},
                      {QStringLiteral("noPets"), QString()}});
    QTableView table;
    table.setModel(&criteria);
    ui::CriterionDelegate delegate;
    table.setItemDelegate(&delegate);
    const QStyleOptionViewItem option;
    QAbstractItemModel* model = table.model();
    const auto code = [&](int row, int column) {
        return model->index(row, column).data(ui::kCriterionCodeRole).toString();
    };
    const auto text = [&](int row, int column) { return model->index(row, column).data().toString(); };

    auto* kinds = qobject_cast<QComboBox*>(delegate.createEditor(&table, option, model->index(0, 0)));
    REQUIRE(kinds);
    CHECK(kinds->count() == 14);
    delegate.setEditorData(kinds, model->index(0, 0));
    CHECK(kinds->currentData().toString() == QStringLiteral("carerLanguage"));

    auto* languages = qobject_cast<QComboBox*>(delegate.createEditor(&table, option, model->index(0, 1)));
    REQUIRE(languages);
    CHECK(languages->count() == core::carerculture::languages().size());
    CHECK_FALSE(languages->isEditable()); // no free text
    languages->setCurrentText(QStringLiteral("Polish"));
    delegate.setModelData(languages, model, model->index(0, 1));
    CHECK(code(0, 1) == QStringLiteral("Polish"));
    CHECK(text(0, 1) == QStringLiteral("Polish"));

    auto* miles = qobject_cast<QDoubleSpinBox*>(delegate.createEditor(&table, option, model->index(1, 1)));
    REQUIRE(miles);
    miles->setValue(20);
    delegate.setModelData(miles, model, model->index(1, 1));
    CHECK(code(1, 1) == QStringLiteral("20"));
    CHECK(text(1, 1) == QStringLiteral("20 miles"));

    CHECK(delegate.createEditor(&table, option, model->index(2, 1)) == nullptr); // yes/no: no value

    // Changing the kind clears a value that belonged to the old one.
    kinds->setCurrentIndex(kinds->findData(QStringLiteral("carerReligion")));
    delegate.setModelData(kinds, model, model->index(0, 0));
    CHECK(code(0, 0) == QStringLiteral("carerReligion"));
    CHECK(text(0, 0) == QStringLiteral("Carer religion: …"));
    CHECK(code(0, 1).isEmpty());
    CHECK(text(0, 1).isEmpty());
    delete kinds;
    delete languages;
    delete miles;
}
