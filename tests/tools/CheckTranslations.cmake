# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a catalogue in translations/ is not complete: runs lupdate over the sources (as the
# update_translations target does) on copies of the .ts files, then looks for unfinished, obsolete or
# vanished entries. Called by ctest with -DSOURCE_DIR, -DWORK_DIR and -DLUPDATE.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
file(GLOB catalogues "${SOURCE_DIR}/translations/firebreak_*.ts")
if(NOT catalogues)
    message(FATAL_ERROR "No catalogues in ${SOURCE_DIR}/translations")
endif()
file(GLOB_RECURSE sources "${SOURCE_DIR}/core/*.cpp" "${SOURCE_DIR}/core/*.h" "${SOURCE_DIR}/export/*.cpp"
     "${SOURCE_DIR}/export/*.h" "${SOURCE_DIR}/ui/*.cpp"
     "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h")
list(JOIN sources "\n" source_list)
file(WRITE "${WORK_DIR}/sources.lst" "${source_list}\n")

set(problems "")
foreach(catalogue IN LISTS catalogues)
    get_filename_component(name "${catalogue}" NAME)
    set(copy "${WORK_DIR}/${name}")
    file(COPY_FILE "${catalogue}" "${copy}")
    execute_process(COMMAND "${LUPDATE}" -silent -no-obsolete -locations none -I "${SOURCE_DIR}"
                            "@${WORK_DIR}/sources.lst" -ts "${copy}"
                    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name}: ${output}")
    endif()
    file(READ "${copy}" text)
    foreach(kind unfinished obsolete vanished)
        string(REGEX MATCHALL "type=\"${kind}\"" hits "${text}")
        list(LENGTH hits count)
        if(count GREATER 0)
            string(APPEND problems "${name}: ${count} ${kind} entries\n")
        endif()
    endforeach()
endforeach()
if(problems)
    message(FATAL_ERROR "Translations are not complete after lupdate (run the update_translations target "
                        "and translate):\n${problems}")
endif()
message(STATUS "All catalogues are complete.")
