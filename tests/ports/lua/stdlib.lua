-- The Lua port's test in the OS (tests/ports/lua.sh runs it): every
-- standard library, and what Lua needs from libstd and the system.
-- Usage: lua stdlib.lua SCRATCH_DIR [MODULE_DIR]
-- Each check prints "lua-test: ok NAME" or "lua-test: not ok NAME: why";
-- the last line is "lua-test: done PASSED passed, FAILED failed".
-- The environment variable LUA_TEST_VAR must be "hello-lua" (the host side
-- sets it with the shell's export).

local scratch = assert(arg[1], "usage: lua stdlib.lua SCRATCH_DIR [MODULE_DIR]")
local moddir = arg[2] or "home:/usr/share/lua/5.4"
local lua_bin = arg[3] or "home:/usr/bin/lua"
local luac_bin = arg[4] or "home:/usr/bin/luac"
local passed, failed = 0, 0

local function check(name, f)
  local ok, err = xpcall(f, debug.traceback)
  if ok then
    passed = passed + 1
    print("lua-test: ok " .. name)
  else
    failed = failed + 1
    print("lua-test: not ok " .. name .. ": " .. tostring(err):gsub("\n", " | "))
  end
end

-- eq(got, want, what): fails with both values shown.
local function eq(got, want, what)
  if got ~= want then
    error(string.format("%s: got %s (%s), want %s (%s)", what or "value",
      tostring(got), math.type(got) or type(got), tostring(want), math.type(want) or type(want)), 2)
  end
end

local function path(name) return scratch .. "/" .. name end

local function read_all(name)
  local f = assert(io.open(name, "rb"))
  local s = f:read("a")
  f:close()
  return s
end

local function write_file(name, text)
  local f = assert(io.open(name, "wb"))
  assert(f:write(text))
  assert(f:close())
end

---------------------------------------------------------------- strings

check("string-find-match", function()
  eq(string.find("hello world", "o w"), 5, "find")
  eq(select(2, string.find("hello world", "o w")), 7, "find end")
  eq(string.find("a.b", ".", 1, true), 2, "plain find")
  eq(string.find("abc", "^b"), nil, "anchored find")
  local k, v = string.match("key = value", "(%w+)%s*=%s*(%w+)")
  eq(k, "key", "capture 1"); eq(v, "value", "capture 2")
  eq(string.match("2026-12-03", "(%d+)-(%d+)-(%d+)$"), "2026", "digits")
  local p1, word, p2 = string.match("  word  ", "()(%a+)()")
  eq(p1, 3, "position capture"); eq(word, "word", "word"); eq(p2, 7, "position after")
  eq(string.match("[[nested]]", "%[(%b[])%]"), "[nested]", "balanced")
  eq(string.match("THE (quick) fox", "%f[%a]%a+%f[%A]"), "THE", "frontier")
  eq(string.match("x = 'it''s'", "(['\"])(.-)%1"), "'", "back reference")
  eq(("abc"):match(".-(b)"), "b", "lazy")
end)

check("string-gmatch", function()
  local t = {}
  for k, v in string.gmatch("a=1, b=22, c=333", "(%w+)=(%w+)") do t[#t + 1] = k .. ":" .. v end
  eq(table.concat(t, " "), "a:1 b:22 c:333", "pairs")
  local words = 0
  for _ in ("one two  three\tfour"):gmatch("%S+") do words = words + 1 end
  eq(words, 4, "words")
  local pos = {}
  for p in ("abcabc"):gmatch("()b") do pos[#pos + 1] = p end
  eq(table.concat(pos, ","), "2,5", "positions")
end)

check("string-gsub", function()
  local s, n = string.gsub("hello world", "o", "0")
  eq(s, "hell0 w0rld", "gsub"); eq(n, 2, "count")
  eq((string.gsub("hello world", "(%w+) (%w+)", "%2 %1")), "world hello", "swap captures")
  eq((string.gsub("$name is $age", "%$(%w+)", { name = "Lua", age = 30 })), "Lua is 30", "table replacement")
  eq((string.gsub("abc", "%w", function(c) return c:upper() .. "." end)), "A.B.C.", "function replacement")
  eq((string.gsub("abc", "", "-")), "-a-b-c-", "empty pattern")
  eq(select(2, string.gsub("aaa", "a", "b", 2)), 2, "limit")
  eq((string.gsub("x", "x", "%%")), "%", "escaped percent")
  local ok, msg = pcall(string.gsub, "x", "%", "")
  eq(ok, false, "malformed pattern raises"); assert(msg:find("malformed pattern"), msg)
end)

check("string-format", function()
  eq(string.format("%d|%5d|%-5d|%05d", 42, 42, 42, 42), "42|   42|42   |00042", "%d")
  eq(string.format("%x %X %o %#x", 255, 255, 8, 255), "ff FF 10 0xff", "hex and octal")
  eq(string.format("%5.2f|%.3e|%g|%g", 3.14159, 12345.678, 0.0001, 1e20), " 3.14|1.235e+04|0.0001|1e+20", "floats")
  eq(string.format("%s %10s|%-10s|", "a", "right", "left"), "a      right|left      |", "%s")
  eq(string.format("%q", 'a "quoted"\n\0 string'), '"a \\"quoted\\"\\\n\\0 string"', "%q")
  eq(string.format("%q", math.mininteger), "0x8000000000000000", "%q of mininteger")
  eq(string.format("%c%c%c", 76, 117, 97), "Lua", "%c")
  eq(string.format("%a", 1.0), "0x1p+0", "%a")
  eq(string.format("%i %u", -7, 7), "-7 7", "%i %u")
  eq(string.format("%.3s", "abcdef"), "abc", "precision on %s")
  eq(string.format("%5.1f%%", 99.44), " 99.4%", "percent")
end)

check("string-pack-unpack", function()
  local packed = string.pack("<i4 >I2 z s1 d B", -2, 0x1234, "zs", "len", 1.5, 255)
  eq(#packed, 4 + 2 + 3 + 4 + 8 + 1, "packed size")
  eq(packed:sub(1, 6), "\xfe\xff\xff\xff\x12\x34", "byte order")
  local a, b, c, d, e, f, next = string.unpack("<i4 >I2 z s1 d B", packed)
  eq(a, -2, "i4"); eq(b, 0x1234, "I2"); eq(c, "zs", "z"); eq(d, "len", "s1")
  eq(e, 1.5, "d"); eq(f, 255, "B"); eq(next, #packed + 1, "next position")
  eq(string.packsize("i4 i8 !8 d"), 24, "packsize with alignment")
  eq(string.unpack("<j", string.pack("<j", math.maxinteger)), math.maxinteger, "j round trip")
  eq(pcall(string.pack, "i1", 200), false, "overflow raises")
end)

check("string-misc", function()
  eq(("ab"):rep(3, ","), "ab,ab,ab", "rep")
  eq(("hello"):sub(-3), "llo", "sub negative")
  eq(("hello"):sub(2, -2), "ell", "sub")
  eq(("Hello"):upper() .. ("Hello"):lower(), "HELLOhello", "case")
  eq(("abc"):reverse(), "cba", "reverse")
  eq(string.char(("ABC"):byte(1, -1)), "ABC", "byte and char")
  eq(#"\u{10FFFF}", 4, "\\u escape")
  eq("\x41\65\z
      B", "AAB", "escapes")
  eq(tostring(10 .. ""), "10", "concat number")
  eq("10" + 5, 15, "string coercion")
  eq(("x"):len(), 1, "len")
end)

check("utf8", function()
  local s = utf8.char(72, 228, 8364, 128512)
  eq(s, "H\xc3\xa4\xe2\x82\xac\xf0\x9f\x98\x80", "char")
  eq(utf8.len(s), 4, "len")
  eq(#s, 10, "bytes")
  local cps = {}
  for p, c in utf8.codes(s) do cps[#cps + 1] = p .. ":" .. c end
  eq(table.concat(cps, " "), "1:72 2:228 4:8364 7:128512", "codes")
  eq(select(2, utf8.codepoint(s, 1, -1)), 228, "codepoint")
  eq(utf8.offset(s, 3), 4, "offset")
  eq(utf8.offset(s, -1), 7, "offset from the end")
  local n, bad = utf8.len("ab\xffcd")
  eq(n, nil, "invalid len"); eq(bad, 3, "invalid position")
  local count = 0
  for _ in s:gmatch(utf8.charpattern) do count = count + 1 end
  eq(count, 4, "charpattern")
end)

---------------------------------------------------------------- language

check("coroutines", function()
  local co = coroutine.create(function(a, b)
    local c = coroutine.yield(a + b)
    local d, e = coroutine.yield(c * 2)
    return d + e
  end)
  local ok, v = coroutine.resume(co, 1, 2)
  eq(ok, true, "resume 1"); eq(v, 3, "yield 1")
  eq(coroutine.status(co), "suspended", "status")
  ok, v = coroutine.resume(co, 10)
  eq(v, 20, "yield 2")
  ok, v = coroutine.resume(co, 3, 4)
  eq(v, 7, "return")
  eq(coroutine.status(co), "dead", "dead")
  eq(coroutine.resume(co), false, "resume dead")
  local gen = coroutine.wrap(function() for i = 1, 3 do coroutine.yield(i) end end)
  eq(gen() + gen() + gen(), 6, "wrap")
  eq(coroutine.isyieldable(), false, "main not yieldable")
  local bad = coroutine.create(function() error("boom") end)
  local ok2, msg = coroutine.resume(bad)
  eq(ok2, false, "error in coroutine"); assert(msg:find("boom"), msg)
  local closing = coroutine.create(function() coroutine.yield() end)
  coroutine.resume(closing)
  eq(coroutine.close(closing), true, "close"); eq(coroutine.status(closing), "dead", "closed")
  local running, ismain = coroutine.running()
  eq(type(running), "thread", "running"); eq(ismain, true, "main")
end)

check("metatables", function()
  local defaults = setmetatable({}, { __index = function(_, k) return k .. "!" end })
  eq(defaults.x, "x!", "__index function")
  local base = { greet = function(self) return "hi " .. self.name end }
  local obj = setmetatable({ name = "lua" }, { __index = base })
  eq(obj:greet(), "hi lua", "__index table")
  local log = {}
  local proxy = setmetatable({}, { __newindex = function(t, k, v) log[#log + 1] = k; rawset(t, k, v * 2) end })
  proxy.a = 5
  eq(proxy.a, 10, "__newindex"); eq(log[1], "a", "__newindex saw the key")
  proxy.a = 6
  eq(proxy.a, 6, "existing key bypasses __newindex")
  local callable = setmetatable({}, { __call = function(self, x, y) return x + y end })
  eq(callable(2, 3), 5, "__call")
  local V = {}
  V.__index = V
  V.__add = function(a, b) return setmetatable({ x = a.x + b.x }, V) end
  V.__eq = function(a, b) return a.x == b.x end
  V.__lt = function(a, b) return a.x < b.x end
  V.__le = function(a, b) return a.x <= b.x end
  V.__len = function(a) return a.x end
  V.__tostring = function(a) return "V(" .. a.x .. ")" end
  V.__concat = function(a, b) return tostring(a) .. tostring(b) end
  V.__unm = function(a) return setmetatable({ x = -a.x }, V) end
  local a, b = setmetatable({ x = 1 }, V), setmetatable({ x = 2 }, V)
  eq((a + b).x, 3, "__add"); eq(a + b == setmetatable({ x = 3 }, V), true, "__eq")
  eq(a < b, true, "__lt"); eq(b <= a, false, "__le"); eq(#b, 2, "__len")
  eq(tostring(a), "V(1)", "__tostring"); eq(a .. b, "V(1)V(2)", "__concat"); eq((-b).x, -2, "__unm")
  local locked = setmetatable({}, { __metatable = "locked" })
  eq(getmetatable(locked), "locked", "__metatable")
  eq(pcall(setmetatable, locked, {}), false, "protected metatable")
  eq(getmetatable("").__index, string, "string metatable")
  local weak = setmetatable({}, { __mode = "k" })
  weak[{}] = true
  collectgarbage(); collectgarbage()
  eq(next(weak), nil, "weak key collected")
end)

check("goto", function()
  local odd = {}
  for i = 1, 6 do
    if i % 2 == 0 then goto continue end
    odd[#odd + 1] = i
    ::continue::
  end
  eq(table.concat(odd, ","), "1,3,5", "continue")
  local i, found = 1, nil
  ::top::
  if i <= 3 then
    for j = 1, 3 do
      if i * j == 6 then found = i .. "x" .. j; goto done end
    end
    i = i + 1
    goto top
  end
  ::done::
  eq(found, "2x3", "out of nested loops")
  eq(load("goto nowhere"), nil, "undefined label is a compile error")
end)

check("closures-varargs-close", function()
  local function counter()
    local n = 0
    return function() n = n + 1; return n end
  end
  local c1, c2 = counter(), counter()
  c1(); c1()
  eq(c1(), 3, "upvalue"); eq(c2(), 1, "separate upvalues")
  local function va(...) return select("#", ...), ... end
  eq(va(nil, nil), 2, "select #")
  eq(select(-1, 1, 2, 3), 3, "select negative")
  local packed = table.pack(1, nil, 3)
  eq(packed.n, 3, "pack n")
  local closed = {}
  do
    local x <close> = setmetatable({}, { __close = function() closed[#closed + 1] = "x" end })
    local y <close> = setmetatable({}, { __close = function() closed[#closed + 1] = "y" end })
  end
  eq(table.concat(closed), "yx", "to-be-closed in reverse order")
  eq(load("local k <const> = 1; k = 2"), nil, "const assignment is a compile error")
  local env = { print = print, x = 5 }
  eq(load("return x", "chunk", "t", env)(), 5, "load with an environment")
  local pieces = { "return ", "6 ", "* 7" }
  local i = 0
  eq(load(function() i = i + 1; return pieces[i] end)(), 42, "load from a reader function")
end)

---------------------------------------------------------------- numbers

check("integer-arithmetic", function()
  eq(7 // 2, 3, "7//2"); eq(-7 // 2, -4, "-7//2 floors"); eq(7 // -2, -4, "7//-2")
  eq(7 % 3, 1, "7%3"); eq(-7 % 3, 2, "-7%3"); eq(7 % -3, -2, "7%-3")
  eq(math.maxinteger + 1, math.mininteger, "overflow wraps")
  eq(math.mininteger - 1, math.maxinteger, "underflow wraps")
  eq(math.maxinteger * 2, -2, "multiplication wraps")
  eq(math.mininteger // -1, math.mininteger, "mininteger // -1")
  eq(math.mininteger % -1, 0, "mininteger % -1")
  eq(pcall(function() return 1 // 0 end), false, "integer division by zero raises")
  eq(pcall(function() return 1 % 0 end), false, "integer modulo by zero raises")
  eq(3 | 5, 7, "or"); eq(3 & 5, 1, "and"); eq(3 ~ 5, 6, "xor"); eq(~0, -1, "not")
  eq(1 << 63, math.mininteger, "shift into sign"); eq(1 << 64, 0, "shift out"); eq(-1 >> 1, math.maxinteger, "logical shift")
  eq(2 ^ 10, 1024.0, "power is float"); eq(math.type(2 ^ 10), "float", "power type")
  eq(10 / 2, 5.0, "division is float"); eq(math.type(10 / 2), "float", "division type")
  eq(math.tointeger(3.0), 3, "tointeger"); eq(math.tointeger(3.5), nil, "tointeger of a fraction")
  eq(math.tointeger("8.5"), nil, "tointeger of a fractional string")
  eq(math.type(1), "integer", "type int"); eq(math.type(1.0), "float", "type float"); eq(math.type("1"), nil, "type string")
  eq(math.ult(1, -1), true, "ult")
  eq(math.abs(math.mininteger), math.mininteger, "abs of mininteger")
  eq(tonumber("0x10"), 16, "hex string"); eq(tonumber("z", 36), 35, "base 36"); eq(tonumber("1e2"), 100.0, "exponent")
  eq(tonumber("  12  "), 12, "blanks"); eq(tonumber("12a"), nil, "junk")
  eq(9007199254740993 - 9007199254740992, 1, "integers beyond 2^53 are exact")
  eq(9007199254740993.0 == 9007199254740992.0, true, "floats beyond 2^53 round")
  eq(0x7fffffffffffffff + 0, math.maxinteger, "hex literal")
  eq(0xffffffffffffffff, -1, "hex literal wraps")
  eq(1 == 1.0, true, "int/float equality"); eq(math.maxinteger + 0.0 == math.maxinteger, false, "2^63 float vs maxinteger")
  local n = 0
  for i = math.maxinteger - 2, math.maxinteger do n = n + 1 end
  eq(n, 3, "loop up to maxinteger ends")
end)

check("float-formatting", function()
  eq(tostring(3.0), "3.0", "3.0"); eq(tostring(-0.0), "-0.0", "-0.0")
  eq(tostring(0.1), "0.1", "0.1"); eq(tostring(1 / 3), "0.33333333333333", "1/3")
  eq(tostring(1e100), "1e+100", "1e100"); eq(tostring(2 ^ 63), "9.2233720368548e+18", "2^63")
  eq(tostring(1 / 0), "inf", "inf"); eq(tostring(-1 / 0), "-inf", "-inf")
  local nan = 0 / 0
  eq(nan ~= nan, true, "nan"); assert(tostring(nan):find("nan"), tostring(nan))
  eq(string.format("%.14g", math.pi), "3.1415926535898", "pi")
  eq(string.format("%.3f", 2 / 3), "0.667", "2/3")
  eq(string.format("%.20f", 0.1), "0.10000000000000000555", "exact digits")
  eq(tostring(123456789012.0), "123456789012.0", "large float")
  eq(3.0 == 3, true, "float equals int")
  eq(math.floor(-3.5), -4, "floor"); eq(math.type(math.floor(-3.5)), "integer", "floor gives integer")
  eq(math.ceil(3.2), 4, "ceil"); eq(math.fmod(7, -3), 1, "fmod int"); eq(math.fmod(-7.5, 2), -1.5, "fmod float")
  eq(7.5 // 2, 3.0, "float floor division"); eq(-7.5 % 2, 0.5, "float modulo")
  eq(tonumber("0x1p4"), 16.0, "hex float"); eq(tonumber("1e400"), math.huge, "overflow to inf")
  eq(string.format("%.1f", 0.25), "0.2", "round half to even"); eq(string.format("%.0f", 2.5), "2", "2.5 rounds to 2")
end)

check("math", function()
  eq(math.sqrt(16), 4.0, "sqrt"); eq(math.max(3, 7.5, -1), 7.5, "max"); eq(math.min(3, -1), -1, "min")
  assert(math.abs(math.sin(math.pi / 6) - 0.5) < 1e-15, "sin")
  assert(math.abs(math.exp(1) - 2.718281828459045) < 1e-15, "exp")
  eq(math.log(8, 2), 3.0, "log base 2"); eq(math.log(1000, 10), 3.0, "log base 10"); eq(math.log(1), 0.0, "ln 1")
  assert(math.abs(math.atan(1, 1) - math.pi / 4) < 1e-15, "atan2")
  eq(math.huge > math.maxinteger, true, "huge")
  math.randomseed(42)
  local a = { math.random(1, 100), math.random(1, 100), math.random() }
  math.randomseed(42)
  local b = { math.random(1, 100), math.random(1, 100), math.random() }
  eq(a[1] == b[1] and a[2] == b[2] and a[3] == b[3], true, "seeded random repeats")
  for _ = 1, 1000 do
    local r = math.random(3, 5)
    assert(r >= 3 and r <= 5 and math.type(r) == "integer", "random range")
  end
  local f = math.random()
  assert(f >= 0 and f < 1, "random float")
end)

---------------------------------------------------------------- tables

check("table-functions", function()
  local t = { 1, 2, 3 }
  table.insert(t, 4); table.insert(t, 1, 0)
  eq(table.concat(t, ","), "0,1,2,3,4", "insert")
  eq(table.remove(t), 4, "remove last"); eq(table.remove(t, 1), 0, "remove first")
  eq(table.concat(t, "-", 2, 3), "2-3", "concat range")
  local x, y, z = table.unpack({ 7, 8, 9 })
  eq(x + y + z, 24, "unpack")
  eq(select("#", table.unpack({}, 1, 3)), 3, "unpack range")
  local moved = table.move({ 1, 2, 3 }, 1, 3, 2, { "a" })
  eq(table.concat(moved, ","), "a,1,2,3", "move")
  eq(#{ n = 1, 1, 2 }, 2, "length")
  eq(pcall(table.insert, t, 10, 1), false, "insert out of range raises")
  local keys = {}
  for k in pairs({ a = 1, b = 2, c = 3 }) do keys[#keys + 1] = k end
  table.sort(keys)
  eq(table.concat(keys), "abc", "pairs sees every key")
  local sum = 0
  for i, v in ipairs({ 10, 20, nil, 40 }) do sum = sum + i * v end
  eq(sum, 50, "ipairs stops at nil")
end)

check("table-sort", function()
  local t = { 5, 2, 8, 1, 9, 3 }
  table.sort(t)
  eq(table.concat(t, ","), "1,2,3,5,8,9", "default order")
  table.sort(t, function(a, b) return a > b end)
  eq(table.concat(t, ","), "9,8,5,3,2,1", "comparator descending")
  local people = { { n = "bo", a = 30 }, { n = "al", a = 25 }, { n = "cy", a = 35 } }
  table.sort(people, function(p, q) return p.a < q.a end)
  eq(people[1].n .. people[2].n .. people[3].n, "albocy", "by field")
  local words = { "pear", "Apple", "fig", "banana" }
  table.sort(words, function(a, b) return a:lower() < b:lower() end)
  eq(table.concat(words, " "), "Apple banana fig pear", "case-insensitive")
  local big = {}
  math.randomseed(7)
  for i = 1, 2000 do big[i] = math.random(1, 1000) end
  table.sort(big)
  for i = 2, #big do assert(big[i - 1] <= big[i], "2000 numbers sorted") end
  eq(pcall(table.sort, { 3, 1, 2, 5, 4, 7, 6, 9, 8 }, function() return true end), false, "invalid order function raises")
  eq(pcall(table.sort, { 1, "x" }), false, "mixed types raise")
end)

---------------------------------------------------------------- io

check("io-write-read", function()
  local name = path("io.txt")
  local f = assert(io.open(name, "w"))
  eq(io.type(f), "file", "io.type")
  f:write("first line\n", 42, " ", 3.5, "\n", "0x10 -7\n", "last")
  f:close()
  eq(io.type(f), "closed file", "closed")
  f = assert(io.open(name, "r"))
  eq(f:read("l"), "first line", "read l")
  eq(f:read("n"), 42, "read n integer"); eq(f:read("n"), 3.5, "read n float")
  local a, b = f:read("n", "n")
  eq(a, 16, "read n hex"); eq(b, -7, "read n negative")
  eq(f:read("L"), "\n", "read L keeps the newline")
  eq(f:read("a"), "last", "read a"); eq(f:read("a"), "", "read a at the end")
  eq(f:read("l"), nil, "read l at the end"); eq(f:read(0), nil, "read 0 at the end")
  f:close()
  f = assert(io.open(name, "a")); f:write("\nappended"); f:close()
  eq(select(2, read_all(name):gsub("\n", "")), 4, "append")
  eq(read_all(name):sub(-8), "appended", "appended text")
  local missing, msg = io.open(path("no/such/file"), "r")
  eq(missing, nil, "open missing"); assert(type(msg) == "string" and #msg > 0, "message")
  eq(pcall(io.open, name, "rz"), false, "bad mode raises")
end)

check("io-seek", function()
  local name = path("seek.bin")
  local f = assert(io.open(name, "w+b"))
  f:write("0123456789")
  eq(f:seek("cur"), 10, "cur after write"); eq(f:seek("set", 3), 3, "set")
  eq(f:read(2), "34", "read after seek"); eq(f:seek("cur", 1), 6, "cur +1")
  eq(f:read(1), "6", "read at 6"); eq(f:seek("end"), 10, "end = size")
  eq(f:seek("end", -2), 8, "end -2"); eq(f:read("a"), "89", "read at end -2")
  f:seek("set", 0); f:write("AB"); f:seek("set")
  eq(f:read("a"), "AB23456789", "overwrite")
  f:close()
  f = assert(io.open(name, "rb"))
  f:setvbuf("no"); eq(f:read(3), "AB2", "unbuffered read"); f:close()
end)

check("io-lines", function()
  local name = path("lines.txt")
  write_file(name, "alpha\nbeta\n\ngamma")
  local got = {}
  for l in io.lines(name) do got[#got + 1] = "[" .. l .. "]" end
  eq(table.concat(got), "[alpha][beta][][gamma]", "io.lines")
  write_file(name, "1 2.5\n3")
  local sum = 0
  for n in io.lines(name, "n") do sum = sum + n end
  eq(sum, 6.5, "lines with n")
  local f = assert(io.open(name))
  local count = 0
  for _ in f:lines("L") do count = count + 1 end
  eq(count, 2, "file:lines L"); f:close()
  eq(pcall(io.lines, path("missing.txt")), false, "io.lines of a missing file raises")
end)

check("io-default-files", function()
  local name = path("default.txt")
  local old = io.output()
  io.output(name); io.write("via io.write\n"); io.close(); io.output(old)
  io.input(name); eq(io.read("l"), "via io.write", "io.read from io.input"); io.close(io.input()); io.input(io.stdin)
  eq(io.type(io.stdout), "file", "stdout"); eq(io.type(io.stderr), "file", "stderr")
  eq(io.stdout:write(""), io.stdout, "write returns the file")
end)

check("io-popen", function()
  local p = assert(io.popen("echo piped output"))
  eq(p:read("l"), "piped output", "popen read")
  local ok, how, code = p:close()
  eq(ok, true, "close ok"); eq(how, "exit", "how"); eq(code, 0, "code")
  local q = assert(io.popen("exit 3"))
  eq(q:read("a"), "", "no output")
  ok, how, code = q:close()
  eq(ok, nil, "failing close"); eq(how, "exit", "failing how"); eq(code, 3, "exit status 3")
  local name = path("popen-w.txt")
  local w = assert(io.popen("cat > " .. name, "w"))
  w:write("written through a pipe\n")
  eq(w:close(), true, "popen w close")
  eq(read_all(name), "written through a pipe\n", "popen w output")
  local lines = 0
  for _ in assert(io.popen("echo a; echo b; echo c")):lines() do lines = lines + 1 end
  eq(lines, 3, "popen lines")
end)

---------------------------------------------------------------- os

check("os-rename-remove", function()
  local a, b = path("old.txt"), path("new.txt")
  write_file(a, "moving")
  eq(os.rename(a, b), true, "rename")
  eq(io.open(a), nil, "old name gone"); eq(read_all(b), "moving", "new name has the text")
  write_file(a, "replacement")
  eq(os.rename(a, b), true, "rename over an existing file")
  eq(read_all(b), "replacement", "replaced")
  eq(os.remove(b), true, "remove")
  local r, msg, errno = os.remove(b)
  eq(r, nil, "remove missing"); assert(type(msg) == "string", "message"); assert(math.type(errno) == "integer", "errno")
  local r2 = os.rename(path("none1"), path("none2"))
  eq(r2, nil, "rename missing")
end)

check("os-getenv", function()
  eq(os.getenv("LUA_TEST_VAR"), "hello-lua", "variable set by the test")
  eq(os.getenv("LUA_TEST_NO_SUCH_VARIABLE"), nil, "unset variable")
end)

check("os-execute", function()
  eq(os.execute(), true, "a shell exists")
  local ok, how, code = os.execute("true")
  eq(ok, true, "true"); eq(how, "exit", "how"); eq(code, 0, "code 0")
  ok, how, code = os.execute("exit 7")
  eq(ok, nil, "exit 7 fails"); eq(how, "exit", "how 7"); eq(code, 7, "code 7")
  ok, how, code = os.execute("false")
  eq(code, 1, "false gives 1")
  ok = os.execute("echo from-os-execute > " .. path("exec.txt"))
  eq(ok, true, "redirection"); eq(read_all(path("exec.txt")), "from-os-execute\n", "command's output")
end)

check("os-clock-time-date", function()
  local c0 = os.clock()
  eq(math.type(c0), "float", "clock is a float")
  local x = 0
  for i = 1, 3000000 do x = x + i end
  local c1 = os.clock()
  assert(c1 > c0, string.format("clock did not advance: %g then %g", c0, c1))
  local now = os.time()
  eq(math.type(now), "integer", "time is an integer")
  assert(now > 1700000000, "time is after 2023: " .. now)
  eq(os.time({ year = 2000, month = 1, day = 1, hour = 0 }), 946684800, "time of a table (UTC)")
  eq(os.time({ year = 2024, month = 2, day = 30, hour = 12 }), 1709294400, "normalized date")
  eq(os.date("!%Y-%m-%d %H:%M:%S", 0), "1970-01-01 00:00:00", "date of 0")
  eq(os.date("!%A %B %j", 86400 * 59), "Sunday March 060", "names and day of year")
  local t = os.date("!*t", 951782400)
  eq(t.year, 2000, "year"); eq(t.month, 2, "month"); eq(t.day, 29, "leap day"); eq(t.yday, 60, "yday")
  eq(t.wday, 3, "wday (Tuesday)"); eq(t.isdst, false, "isdst")
  eq(os.time(os.date("*t", now)), now, "date and time round trip")
  eq(os.difftime(now + 90, now), 90.0, "difftime")
  assert(#os.date() > 0, "default date")
  eq(pcall(os.date, "%Ez"), false, "invalid conversion raises")
end)

check("os-tmpname", function()
  local name = os.tmpname()
  assert(name:find("^home:/tmp/lua_") or (moddir:sub(1, 1) == "/" and name:find("^/tmp/lua_")), "tmpname " .. name)
  write_file(name, "temporary")
  eq(read_all(name), "temporary", "usable")
  eq(os.remove(name), true, "removed")
  assert(os.tmpname() ~= os.tmpname(), "distinct names")
  local tf = assert(io.tmpfile())
  tf:write("tmpfile"); tf:seek("set"); eq(tf:read("a"), "tmpfile", "io.tmpfile"); tf:close()
end)

---------------------------------------------------------------- modules, chunks

check("require", function()
  assert(package.path:find(moddir .. "/?.lua", 1, true), "package.path lacks the module directory: " .. package.path)
  assert(package.path:find(moddir .. "/?/init.lua", 1, true), "package.path lacks ?/init.lua: " .. package.path)
  eq(package.config:sub(1, 1), "/", "directory separator")
  assert(os.execute("mkdir -p " .. moddir .. "/ptest_pkg"), "mkdir -p " .. moddir)
  write_file(moddir .. "/ptest_mod.lua", "local M = {}\nM.name = ...\nfunction M.twice(x) return 2 * x end\nreturn M\n")
  write_file(moddir .. "/ptest_pkg/init.lua", "return { kind = 'package' }\n")
  local m = require("ptest_mod")
  eq(m.twice(21), 42, "module function"); eq(m.name, "ptest_mod", "module name argument")
  eq(require("ptest_mod"), m, "loaded once"); eq(package.loaded.ptest_mod, m, "package.loaded")
  eq(require("ptest_pkg").kind, "package", "?/init.lua")
  eq(package.searchpath("ptest_mod", package.path), moddir .. "/ptest_mod.lua", "searchpath")
  local ok, msg = pcall(require, "ptest_no_such_module")
  eq(ok, false, "missing module"); assert(msg:find(moddir .. "/ptest_no_such_module.lua", 1, true), msg)
  os.remove(moddir .. "/ptest_mod.lua"); os.remove(moddir .. "/ptest_pkg/init.lua"); os.remove(moddir .. "/ptest_pkg")
end)

check("luac", function()
  local src, out = path("compiled.lua"), path("compiled.luac")
  write_file(src, "local t = {}\nfor i = 1, 5 do t[i] = i * i end\nprint('luac-chunk ' .. table.concat(t, ' '))\nreturn #t\n")
  local ok, how, code = os.execute(luac_bin .. " -s -o " .. out .. " " .. src)
  assert(ok, string.format("luac failed: %s %s", tostring(how), tostring(code)))
  eq(read_all(out):sub(1, 4), "\27Lua", "a binary chunk")
  eq(dofile(out), 5, "dofile of the compiled chunk")
  local p = assert(io.popen(lua_bin .. " " .. out))
  eq(p:read("l"), "luac-chunk 1 4 9 16 25", "lua runs the compiled file")
  eq(p:close(), true, "exit status")
  local listing = assert(io.popen(luac_bin .. " -p -l " .. src))
  assert(listing:read("a"):find("FORPREP"), "luac -l lists instructions")
  listing:close()
  local f = load(string.dump(function(a) return a * 3 end))
  eq(f(14), 42, "string.dump and load")
  eq(load(string.dump(function() end), "x", "t"), nil, "binary refused in text mode")
end)

check("errors-pcall-xpcall", function()
  local ok, msg = pcall(error, "plain")
  eq(ok, false, "pcall"); eq(msg, "plain", "message without position at level 1 from pcall")
  ok, msg = pcall(function() error("positioned") end)
  assert(msg:find("^.-stdlib%.lua:%d+: positioned$"), "position: " .. msg)
  local function callee() error("blame the caller", 2) end
  local function caller() callee() end
  local line = debug.getinfo(1, "l").currentline - 1
  ok, msg = pcall(caller)
  assert(msg:find(":" .. line .. ": blame the caller", 1, true), "level 2: " .. msg)
  local value = {}
  ok, msg = pcall(error, value)
  eq(msg, value, "error with a table value")
  ok, msg = pcall(function() local t = nil; return t.x end)
  assert(msg:find("attempt to index a nil value %(local 't'%)"), msg)
  ok, msg = pcall(function() return 1 + {} end)
  assert(msg:find("attempt to perform arithmetic on a table value"), msg)
  ok, msg = pcall(function() undefined_function_xyz() end)
  assert(msg:find("global 'undefined_function_xyz'"), msg)
  local function deep_failure() error("deep") end
  local function middle() deep_failure() end
  local trace
  ok = xpcall(function() middle() end, function(m) trace = debug.traceback(m, 1); return "handled" end)
  eq(ok, false, "xpcall")
  assert(trace:find("deep"), "message in the traceback")
  assert(trace:find("stack traceback:"), "traceback header: " .. trace)
  assert(trace:find("deep_failure"), "function name in the traceback: " .. trace)
  assert(trace:find("middle"), "caller in the traceback: " .. trace)
  local r1, r2 = xpcall(function(a, b) return a + b end, print, 2, 3)
  eq(r1, true, "xpcall success"); eq(r2, 5, "xpcall passes arguments")
  ok, msg = pcall(assert, false, "assertion text")
  eq(msg, "assertion text", "assert message")
  ok, msg = pcall(assert, nil)
  eq(msg, "assertion failed!", "assert default message")
  eq(select(2, load("x = = 1", "=src")):match("^src:1:") ~= nil, true, "syntax error names the chunk")
  local depth = 0
  local function recurse() depth = depth + 1; return 1 + recurse() end
  ok, msg = pcall(recurse)
  assert(not ok and msg:find("stack overflow"), "stack overflow: " .. tostring(msg))
  ok, msg = pcall(string.rep, "x", -1)
  eq(ok, true, "rep of -1 is empty")
  eq(select(2, pcall(error)), nil, "error without a value")
end)

check("debug-and-gc", function()
  local info = debug.getinfo(1, "Sl")
  assert(info.short_src:find("stdlib.lua"), info.short_src)
  eq(math.type(info.currentline), "integer", "currentline")
  local function f(a, b) local c = a + b; return debug.getlocal(1, 3) end
  local n, v = f(1, 2)
  eq(n, "c", "getlocal name"); eq(v, 3, "getlocal value")
  local calls = 0
  debug.sethook(function() calls = calls + 1 end, "c")
  math.abs(1); math.abs(2)
  debug.sethook()
  assert(calls >= 2, "call hook ran " .. calls .. " times")
  local before = collectgarbage("count")
  do local junk = {} for i = 1, 10000 do junk[i] = { i } end end
  collectgarbage("collect")
  local after = collectgarbage("count")
  assert(after < before + 200, string.format("garbage collected: %g KiB then %g KiB", before, after))
  eq(collectgarbage("isrunning"), true, "collector running")
  eq(collectgarbage("incremental"), "generational", "lua.c's generational mode")
  eq(collectgarbage("generational"), "incremental", "mode switched")
end)

check("misc-base", function()
  eq(type(print), "function", "type"); eq(tostring(nil), "nil", "tostring nil")
  eq(rawequal("a", "a"), true, "rawequal"); eq(rawlen({ 1, 2 }), 2, "rawlen")
  eq(select("#", ipairs({})), 3, "ipairs returns three values")
  eq(next({}), nil, "next of empty")
  eq(_VERSION, "Lua 5.4", "_VERSION")
  eq(_G._G, _G, "_G")
  eq(#arg >= 1, true, "arg table"); assert(arg[0]:find("stdlib.lua"), "arg[0] = " .. tostring(arg[0]))
  eq(string.format("%s", setmetatable({}, { __name = "MyType" })):match("^MyType: "), "MyType: ", "__name")
  eq(os.setlocale(), "C", "locale"); eq(os.setlocale("C"), "C", "set C")
end)

print(string.format("lua-test: done %d passed, %d failed", passed, failed))
os.exit(failed == 0 and 0 or 1)
