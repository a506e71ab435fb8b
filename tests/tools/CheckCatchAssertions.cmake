# SPDX-License-Identifier: GPL-3.0-or-later
# Catch2 test cases must assert with Catch2. QTest's QVERIFY, QCOMPARE, QTRY_* and QFAIL only work inside a QTest
# run: elsewhere a failed one returns from the test case, which Catch2 then counts as passed. Waits are written
# REQUIRE(QTest::qWaitFor(...)). Usage: cmake -DTESTS_DIR=<tests> -P CheckCatchAssertions.cmake
file(GLOB_RECURSE sources "${TESTS_DIR}/*.cpp" "${TESTS_DIR}/*.h")
set(found "")
foreach(source IN LISTS sources)
    file(STRINGS "${source}" lines REGEX "(^|[^A-Za-z0-9_])Q(VERIFY|VERIFY2|COMPARE|TRY_[A-Z_]+|FAIL|EXPECT_FAIL)[ ]*\\(")
    foreach(line IN LISTS lines)
        file(RELATIVE_PATH relative "${TESTS_DIR}" "${source}")
        string(STRIP "${line}" line)
        string(APPEND found "  ${relative}: ${line}\n")
    endforeach()
endforeach()
if(found)
    message(FATAL_ERROR "QTest assertion macros in Catch2 tests (use REQUIRE/CHECK and QTest::qWaitFor):\n${found}")
endif()
message(STATUS "Every test asserts with Catch2.")
