-- fib(30) by plain recursion: 1.6 million Lua calls.
local run = dofile((arg[0]:gsub("[^/]*$", "")) .. "common.lua")
local function fib(n)
  if n < 2 then return n end
  return fib(n - 1) + fib(n - 2)
end
run("fib30", function() return fib(30) end, function(r) return r == 832040 end)
