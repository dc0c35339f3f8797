// Where the clock draws what in its window; the in-OS test
// (tests/user/clock_test.c) reads the same numbers to probe the screen.
#ifndef CLOCK_LAYOUT_H
#define CLOCK_LAYOUT_H

#define LAYOUT_WINDOW_X 520
#define LAYOUT_WINDOW_Y 60
#define LAYOUT_WIDTH 240
#define LAYOUT_HEIGHT 300
#define LAYOUT_CENTRE_X 120 // the dial's centre
#define LAYOUT_CENTRE_Y 120
#define LAYOUT_RADIUS 104
#define LAYOUT_TIME_Y 236 // the digital time's line box, across the window
#define LAYOUT_DATE_Y 266 // the date's

// The hands' lengths, in pixels from the centre.
#define LAYOUT_HOUR_HAND 54
#define LAYOUT_MINUTE_HAND 80
#define LAYOUT_SECOND_HAND 92
#define LAYOUT_SECOND_TAIL 18 // the second hand also reaches back past the centre

#define LAYOUT_BACKGROUND 0xFF202430u
#define LAYOUT_RIM 0xFF6A7388u
#define LAYOUT_DIAL 0xFFF4F1E8u
#define LAYOUT_TICK 0xFF303440u
#define LAYOUT_HAND 0xFF1C2030u
#define LAYOUT_SECOND 0xFFD03030u
#define LAYOUT_TEXT 0xFFE8ECF4u
#define LAYOUT_DIM_TEXT 0xFF9AA3B8u

#endif
