# GUI classes of app/ beyond the main window (paths relative to app/).
list(APPEND NETSYNTH_APP_SOURCES evaluation_actions.h evaluation_actions.cpp job_error_box.h job_error_box.cpp)
list(APPEND NETSYNTH_APP_SOURCES export_actions.h export_actions.cpp path_row.h path_row.cpp)
list(APPEND NETSYNTH_APP_SOURCES compare_actions.h compare_actions.cpp)
list(APPEND NETSYNTH_APP_SOURCES appshot_controller.h appshot_controller.cpp)
list(APPEND NETSYNTH_APP_SOURCES shortcuts_dialog.h shortcuts_dialog.cpp)
list(APPEND NETSYNTH_APP_SOURCES guide_dialog.h guide_dialog.cpp)
