// The clock face's geometry, pure arithmetic (the host tests run it):
// where the hands point for a time of day, and points on the dial.
// Angles are in degrees clockwise from 12 o'clock; the screen's y grows
// downwards.
#ifndef CLOCK_FACE_H
#define CLOCK_FACE_H

#include <stdint.h>

typedef struct
{
    double hour;   // 0 to 360, moving on with the minutes and seconds
    double minute; // moving on with the seconds
    double second; // whole seconds: the hand jumps once a second
} face_angles_t;

// The hands' angles at HOUR:MINUTE:SECOND (hour 0 to 23, taken modulo 12).
face_angles_t face_angles(int hour, int minute, int second);

// The pixel RADIUS from (CX, CY) in the direction DEGREES, rounded.
void face_point(int32_t cx, int32_t cy, double radius, double degrees, int32_t* x, int32_t* y);

#endif
