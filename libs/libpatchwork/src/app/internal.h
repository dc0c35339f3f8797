// What app.h's sources share.
#ifndef PATCHWORK_APP_INTERNAL_H
#define PATCHWORK_APP_INTERNAL_H

#include <patchwork/app.h>

struct pw_app_window
{
    pw_loop_t* loop;
    pw_window_t* window;
    surface_t surface;
    pw_ui_t ui;
    int32_t x, y;
    pw_app_handler_t on_close;
    void* on_close_data;
    pw_app_handler_t on_update;
    void* on_update_data;
    pw_app_window_t* popup;  // the open popup of this window
    pw_app_window_t* owner;  // for a popup: whose it is
    pw_timer_id_t closing;   // a popup about to go
    pw_menu_handler_t on_choose;
    void* on_choose_data;
};

#endif
