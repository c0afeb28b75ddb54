// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 12 point 2: `import providers` run by a read-only user, or by an account that is not a user
// of the file, is refused and the file stays byte-identical. The command line's user is the
// operating system's account (the test's own), whatever PD_USER or USER say.
#include "core/domain/oslogin.h"
#include "tests/support/catch.h"
#include "tests/support/cliprocess.h"
#include "tests/support/tempdatabase.h"
#include "tests/support/testsql.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

using pd::test::runCli;

namespace {

QByteArray bytesOf(const QString& path) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QString example(const char* kind) {
    return QStringLiteral(PD_SOURCE_DIR "/docs/examples/%1.csv").arg(QLatin1String(kind));
}

} // namespace

TEST_CASE("import providers by a read-only user or an unknown account is refused and the file is unchanged",
          "[cli][roles]") {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("roles.sqlite"));
    const QString me = pd::core::operatingSystemLogin();
    // The file's creator (this account) becomes its first administrator.
    auto created = runCli({QStringLiteral("import"), QStringLiteral("postcodes"), QStringLiteral("--db"), db,
                           example("postcodes")});
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    {
        pd::test::TestSql sql(db);
        CHECK(sql.number(QStringLiteral("SELECT COUNT(*) FROM users WHERE login = :l AND role = 'admin'"),
                         {{QStringLiteral(":l"), me}}) == 1);
        PD_REQUIRE_OK(sql.run(QStringLiteral("INSERT INTO users (login, role) VALUES ('boss', 'admin')")));
    }
    QProcessEnvironment pretending = QProcessEnvironment::systemEnvironment();
    pretending.insert(QStringLiteral("PD_USER"), QStringLiteral("boss"));
    pretending.insert(QStringLiteral("USER"), QStringLiteral("boss"));
    pretending.insert(QStringLiteral("USERNAME"), QStringLiteral("boss"));
    pretending.insert(QStringLiteral("LOGNAME"), QStringLiteral("boss"));

    SECTION("read-only") {
        PD_REQUIRE_OK(pd::test::TestSql(db).run(
            QStringLiteral(
                "UPDATE users SET role = 'read_only', row_version = row_version + 1 WHERE login = :l"),
            {{QStringLiteral(":l"), me}}));
    }
    SECTION("not a user of the file") {
        PD_REQUIRE_OK(pd::test::TestSql(db).run(QStringLiteral("DELETE FROM users WHERE login = :l"),
                                                {{QStringLiteral(":l"), me}}));
    }
    const QByteArray before = bytesOf(db);
    auto refused = runCli({QStringLiteral("import"), QStringLiteral("providers"), QStringLiteral("--db"), db,
                           example("providers")},
                          {}, pretending);
    INFO(refused.err.toStdString());
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(me));
    CHECK(refused.err.contains(QStringLiteral("cannot import providers")));
    CHECK_FALSE(refused.err.contains(QStringLiteral("boss is")));
    CHECK(bytesOf(db) == before);
}
