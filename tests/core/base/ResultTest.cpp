// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/base/Result.h"

#include <catch2/catch.hpp>

#include <memory>

using namespace fb;

namespace {

Status okStatus()
{
    return {};
}

Status failedStatus(QString message)
{
    return fail(ErrorCode::NotFound, std::move(message), QStringLiteral("row 3"));
}

Result<std::unique_ptr<int>> movable(int value, bool ok)
{
    if (!ok)
        return fail(ErrorCode::BadInput, QStringLiteral("no value"));
    return std::make_unique<int>(value);
}

// Counts how often it is evaluated, so the tests can check that each macro evaluates its expression once.
struct Counted
{
    int calls = 0;
    Result<int> next(bool ok)
    {
        ++calls;
        if (!ok)
            return fail(ErrorCode::Conflict, QStringLiteral("call %1 failed").arg(calls));
        return calls;
    }
};

Status tryStatus(const Status& first, const Status& second, int& reached)
{
    FB_TRY(first);
    reached = 1;
    FB_TRY(second);
    reached = 2;
    return {};
}

Result<int> tryValue(Counted& counted, bool ok)
{
    FB_TRY(counted.next(true)); // the value is discarded
    FB_TRY_ASSIGN(const int value, counted.next(ok));
    return value * 10;
}

Result<int> tryMoveOnly(bool ok)
{
    FB_TRY_ASSIGN(auto pointer, movable(7, ok)); // a move-only value is moved out, not copied
    FB_TRY_ASSIGN(auto other, movable(*pointer + 1, true));
    return *pointer + *other;
}

Result<QString> tryNamed(const Result<QString>& named)
{
    FB_TRY_ASSIGN(QString copy, named); // an lvalue is copied from, never moved from
    return copy;
}

Status tryInLambda()
{
    // Nested uses (a lambda inside the expression of another) get distinct hidden names.
    FB_TRY([]() -> Status {
        FB_TRY(okStatus());
        FB_TRY_ASSIGN(auto value, movable(1, true));
        return *value == 1 ? okStatus() : failedStatus(QStringLiteral("inner"));
    }());
    return failedStatus(QStringLiteral("reached the end"));
}

} // namespace

TEST_CASE("FB_TRY returns the first error and runs on after success", "[base][result]")
{
    int reached = 0;
    CHECK(tryStatus(okStatus(), okStatus(), reached));
    CHECK(reached == 2);

    reached = 0;
    const auto second = tryStatus(okStatus(), failedStatus(QStringLiteral("second")), reached);
    REQUIRE(!second);
    CHECK(reached == 1);
    CHECK(second.error().code == ErrorCode::NotFound);
    CHECK(second.error().message == QStringLiteral("second"));
    CHECK(second.error().where == QStringLiteral("row 3"));

    reached = 0;
    const auto first = tryStatus(failedStatus(QStringLiteral("first")), okStatus(), reached);
    REQUIRE(!first);
    CHECK(reached == 0);
    CHECK(first.error().message == QStringLiteral("first"));
}

TEST_CASE("FB_TRY_ASSIGN binds the value and evaluates its expression once", "[base][result]")
{
    Counted counted;
    const auto good = tryValue(counted, true);
    REQUIRE(good);
    CHECK(*good == 20);
    CHECK(counted.calls == 2);

    Counted failing;
    const auto bad = tryValue(failing, false);
    REQUIRE(!bad);
    CHECK(failing.calls == 2);
    CHECK(bad.error().code == ErrorCode::Conflict);
    CHECK(bad.error().message == QStringLiteral("call 2 failed"));
}

TEST_CASE("FB_TRY_ASSIGN moves values out of temporaries and copies from named results", "[base][result]")
{
    const auto moved = tryMoveOnly(true);
    REQUIRE(moved);
    CHECK(*moved == 15);
    const auto refused = tryMoveOnly(false);
    REQUIRE(!refused);
    CHECK(refused.error().code == ErrorCode::BadInput);

    const Result<QString> named = QStringLiteral("kept");
    const auto copy = tryNamed(named);
    REQUIRE(copy);
    CHECK(*copy == QStringLiteral("kept"));
    CHECK(*named == QStringLiteral("kept"));

    const Result<QString> namedError = fail(ErrorCode::Io, QStringLiteral("disk full"));
    const auto copiedError = tryNamed(namedError);
    REQUIRE(!copiedError);
    CHECK(copiedError.error().message == QStringLiteral("disk full"));
    CHECK(namedError.error().message == QStringLiteral("disk full"));
}

TEST_CASE("FB_TRY nests inside lambdas", "[base][result]")
{
    const auto status = tryInLambda();
    REQUIRE(!status);
    CHECK(status.error().message == QStringLiteral("reached the end"));
}
