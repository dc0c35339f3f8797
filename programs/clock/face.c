// The clock face's geometry (face.h).
#include "face.h"

#include <math.h>

face_angles_t face_angles(int hour, int minute, int second)
{
    face_angles_t angles;
    angles.second = second * 6.0;
    angles.minute = minute * 6.0 + second * 0.1;
    angles.hour = (hour % 12) * 30.0 + minute * 0.5 + second / 120.0;
    return angles;
}

void face_point(int32_t cx, int32_t cy, double radius, double degrees, int32_t* x, int32_t* y)
{
    double radians = degrees * (3.14159265358979323846 / 180.0);
    *x = cx + (int32_t)lround(radius * sin(radians));
    *y = cy - (int32_t)lround(radius * cos(radians));
}
