// Host tests of the clock's face geometry (programs/clock/face.h): the
// hands' angles for given times and points on the dial.
#include "../host_check.h"
#include "face.h"

#include <math.h>

static bool near(double a, double b)
{
    return fabs(a - b) < 1e-9;
}

static void test_angles(void)
{
    static const struct
    {
        int h, m, s;
        double hour, minute, second;
    } cases[] = {
        {0, 0, 0, 0, 0, 0},          {12, 0, 0, 0, 0, 0},         {3, 0, 0, 90, 0, 0},
        {15, 0, 0, 90, 0, 0},        {6, 30, 0, 195, 180, 0},     {9, 45, 30, 292.75, 273, 180},
        {23, 59, 59, 359.5 + 59 / 120.0, 359.9, 354}, {1, 0, 45, 30.375, 4.5, 270},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
    {
        face_angles_t a = face_angles(cases[i].h, cases[i].m, cases[i].s);
        expect(near(a.hour, cases[i].hour) && near(a.minute, cases[i].minute) && near(a.second, cases[i].second),
               "%02d:%02d:%02d: hour %g minute %g second %g, expected %g %g %g", cases[i].h, cases[i].m, cases[i].s,
               a.hour, a.minute, a.second, cases[i].hour, cases[i].minute, cases[i].second);
    }
    // Each second moves the second hand 6 degrees and the others on a bit.
    for (int t = 0; t + 1 < 12 * 3600; t += 37)
    {
        face_angles_t a = face_angles(t / 3600, t / 60 % 60, t % 60), b = face_angles((t + 1) / 3600,
                                                                                      (t + 1) / 60 % 60, (t + 1) % 60);
        double ds = fmod(b.second - a.second + 360, 360), dm = fmod(b.minute - a.minute + 360, 360),
               dh = fmod(b.hour - a.hour + 360, 360);
        expect(near(ds, 6) && near(dm, 0.1) && near(dh, 1 / 120.0), "second %d to %d: %g %g %g", t, t + 1, ds, dm, dh);
    }
    report("clock/hand-angles");
}

static void test_points(void)
{
    static const struct
    {
        double degrees;
        int32_t x, y;
    } cases[] = {{0, 100, 50}, {90, 150, 100}, {180, 100, 150}, {270, 50, 100}, {360, 100, 50},
                 {30, 125, 57}, {45, 135, 65}, {-90, 50, 100}};
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
    {
        int32_t x, y;
        face_point(100, 100, 50, cases[i].degrees, &x, &y);
        expect(x == cases[i].x && y == cases[i].y, "%g degrees: (%d, %d), expected (%d, %d)", cases[i].degrees, x, y,
               cases[i].x, cases[i].y);
    }
    int32_t x, y;
    face_point(7, 9, 0, 123, &x, &y);
    expect(x == 7 && y == 9, "radius 0 is not the centre: (%d, %d)", x, y);
    report("clock/dial-points");
}

int main(void)
{
    test_angles();
    test_points();
    printf("1..%d\n", test_number);
    return failures;
}
