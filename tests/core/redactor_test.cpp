// SPDX-License-Identifier: GPL-3.0-or-later
// The Redactor: every probe of issue 12's personal-detail scan comes out, ordinary words stay.
#include "core/domain/criterionvocabulary.h"
#include "core/reports/redactor.h"
#include "core/reports/writtendate.h"
#include "tests/support/catch.h"

using namespace pd::core;

namespace {

Referral reidReferral() {
    Referral r;
    r.reference = QStringLiteral("R-2026-0042");
    ReferralChild c;
    c.firstName = QStringLiteral("Kayden");
    c.lastName = QStringLiteral("Okonkwo-Reid");
    c.dateOfBirth = QDate(2013, 6, 19);
    r.children << c;
    ReferralChild sister;
    sister.firstName = QStringLiteral("Zoë Mae");
    sister.lastName = QStringLiteral("Reid");
    sister.dateOfBirth = QDate(2016, 2, 3);
    r.children << sister;
    r.socialWorker = QStringLiteral("Ms Imogen Fairweather");
    r.schoolName = QStringLiteral("Orchard Academy");
    r.schoolPostcode = QStringLiteral("RV15 1AW");
    r.homePostcode = QStringLiteral("RX5 7WU");
    r.contact << ContactArrangement{QStringLiteral("Aunt Sharon"), 1, QString()}
              << ContactArrangement{QStringLiteral("Mum %1"), 2, QString()};
    return r;
}

} // namespace

TEST_CASE("the redactor takes out each personal detail however it is written", "[redactor]") {
    const Redactor redactor(reidReferral());
    struct Probe {
        const char* text;
        const char* expected;
    };
    // The 22 probes of the scan that found 15 leaks, and a few more forms.
    const Probe probes[] = {
        {"Kayden likes football", "[name] likes football"},
        {"KAYDEN and kayden", "[name] and [name]"},
        {"the Okonkwo-Reid family", "the [name] family"},
        {"Mr Okonkwo visits", "Mr [name] visits"},
        {"Reid family's language", "[name] family's language"},
        {"Reid's sister", "[name] sister"},
        {"Zoe Mae and Zoë", "[name] [name] and [name]"},
        {"Aunt Sharon on Sundays", "Aunt [name] on Sundays"},
        {"Fairweather says", "[name] says"},
        {"Imogen (social worker)", "[name] (social worker)"},
        {"near Orchard Academy", "near [school]"},
        {"the Orchard staff", "the [school] staff"},
        {"RV15 1AW", "[postcode]"},
        {"RX57WU", "[postcode]"},
        {"rx5 7wu", "[postcode]"},
        {"lives at RX5  7WU.", "lives at [postcode]."},
        {"any postcode: SW1A 1AA", "any postcode: [postcode]"},
        {"born 19/6/2013", "born [date of birth]"},
        {"born 19-06-2013", "born [date of birth]"},
        {"born 19.06.2013", "born [date of birth]"},
        {"born 2013-06-19", "born [date of birth]"},
        {"born 19 Jun 2013", "born [date of birth]"},
        {"born 19 June 2013", "born [date of birth]"},
        {"born June 19, 2013", "born [date of birth]"},
        {"born 19th June 2013", "born [date of birth]"},
        {"born Jun 19th 2013", "born [date of birth]"},
        {"born 19th of June, 2013", "born [date of birth]"},
        {"born 6/19/2013", "born [date of birth]"},
        {"born 19/06/13", "born [date of birth]"},
        {"birthday 19 June", "birthday [date of birth]"},
        {"born 3 Feb 2016", "born [date of birth]"},
        {"born 20130619", "born [date of birth]"},
    };
    for (const Probe& p : probes) {
        INFO(p.text);
        CHECK(redactor(QString::fromUtf8(p.text)) == QString::fromUtf8(p.expected));
    }
}

TEST_CASE("the redactor leaves ordinary words, other dates and formats alone", "[redactor]") {
    const Redactor redactor(reidReferral());
    for (const char* text :
         {"Mum %1 weekly", "review on 20 June 2013", "aged 12, female", "Orchards and reeds", "Sharonville",
          "June is a month", "Needed by 5 January 2027", "2 a week", "Attends school every day",
          "RV15 alone"}) {
        INFO(text);
        CHECK(redactor(QString::fromUtf8(text)) == QString::fromUtf8(text));
    }
}

TEST_CASE("the redactor says where each replacement stands", "[redactor]") {
    const Redactor redactor(reidReferral());
    const auto r = redactor.redact(QStringLiteral("Kayden at Orchard Academy, RV15 1AW, born 19/6/2013"));
    CHECK(r.text == QStringLiteral("[name] at [school], [postcode], born [date of birth]"));
    REQUIRE(r.spans.size() == 4);
    for (const Redactor::Span& s : r.spans)
        CHECK(r.text.mid(s.start, s.length) == Redactor::replacement(s.category));
    CHECK(r.spans[3].category == Redactor::Category::DateOfBirth);
}

TEST_CASE("a school's distinctive words are the ones that are not generic", "[redactor]") {
    CHECK(Redactor::distinctiveSchoolWords(QStringLiteral("Orchard Academy")) == QStringList{"Orchard"});
    CHECK(Redactor::distinctiveSchoolWords(QStringLiteral("St Aldhelm's CE Primary School")) ==
          QStringList{"Aldhelm's", "Aldhelm"});
    CHECK(Redactor::distinctiveSchoolWords(QStringLiteral("Brindle Vale High School")) ==
          QStringList{"Brindle", "Vale"});
}

TEST_CASE("written dates are read day-first and month-first", "[redactor]") {
    const auto found = WrittenDate::findAll(QStringLiteral("on 5/6/2013 and 2013-06-19"));
    REQUIRE(found.size() >= 2);
    CHECK(found[0].couldBe(QDate(2013, 6, 5)));
    CHECK(found[0].couldBe(QDate(2013, 5, 6)));
    CHECK_FALSE(found[0].couldBe(QDate(2014, 6, 5)));
}

TEST_CASE("criteria come from the closed vocabulary with typed values", "[criteria]") {
    CHECK(criterionProblem({QStringLiteral("carerLanguage"), QStringLiteral("Polish")}).isEmpty());
    CHECK(criterionProblem({QStringLiteral("maxDistanceMiles"), QStringLiteral("20")}).isEmpty());
    CHECK(criterionProblem({QStringLiteral("noPets"), QString()}).isEmpty());
    const QString freeText =
        criterionProblem({QStringLiteral("carerLanguage"),
                          QStringLiteral("Reid family's language, near Orchard Academy RV15 1AW")});
    CHECK(freeText.contains(QStringLiteral("free text is not a criterion")));
    CHECK_FALSE(criterionProblem({QStringLiteral("maxDistanceMiles"), QStringLiteral("20 miles")}).isEmpty());
    CHECK_FALSE(criterionProblem({QStringLiteral("maxWeeklyCost"), QStringLiteral("nan")}).isEmpty());
    CHECK_FALSE(criterionProblem({QStringLiteral("noPets"), QStringLiteral("near the school")}).isEmpty());
    CHECK_FALSE(criterionProblem({QStringLiteral("nearSchool"), QString()}).isEmpty());
    CHECK(canonicalCriterion({QStringLiteral("carerLanguage"), QStringLiteral("polish")}).value ==
          QStringLiteral("Polish"));
    CHECK(criterionWording({QStringLiteral("carerEthnicity"), QStringLiteral("WBRI")}) ==
          QStringLiteral("Carer ethnicity: White British"));
    CHECK(criterionWording({QStringLiteral("maxWeeklyCost"), QStringLiteral("950")}) ==
          QStringLiteral("Whole weekly cost at most \u00a3950"));
    // Printed from the typed value only: a criterion outside the vocabulary never prints its text.
    CHECK_FALSE(criterionWording({QStringLiteral("carerLanguage"), QStringLiteral("Reid's language")})
                    .contains(QStringLiteral("Reid")));
    CHECK(criterionWording({QStringLiteral("nonSmoking"), QString()}) ==
          QStringLiteral("Non-smoking household"));
}
