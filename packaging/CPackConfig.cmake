# CPack: a Debian package with the GUI, the CLI, the .desktop file, the
# AppStream metainfo and the icon.  Build it with: cpack -G DEB (in the build dir).
install(FILES ${CMAKE_SOURCE_DIR}/packaging/netsynth.desktop DESTINATION share/applications)
install(FILES ${CMAKE_SOURCE_DIR}/packaging/io.netsynth.Studio.metainfo.xml DESTINATION share/metainfo)
install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/netsynth.svg
        DESTINATION share/icons/hicolor/scalable/apps RENAME netsynth.svg)

set(CPACK_PACKAGE_NAME "netsynth-studio")
set(CPACK_PACKAGE_VENDOR "NetSynth Studio developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "NetSynth Studio developers <netsynth@localhost>")
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libopenblas0-pthread")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_GENERATOR "DEB")
include(CPack)
