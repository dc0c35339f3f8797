-- Shared by the Lua benchmarks (bench/lua.sh): run WORK three times, check
-- its result each time, and print "lua-bench NAME MEDIAN_MS (A B C)".
-- Time is os.clock(): process CPU time on Linux; on PatchworkOS, whose
-- kernel keeps no CPU time per process, the monotonic time since the
-- program started (libstd's clock), the same for a program that only
-- computes.
local function run(name, work, check)
  local times = {}
  for i = 1, 3 do
    local start = os.clock()
    local result = work()
    times[i] = (os.clock() - start) * 1000
    assert(check(result), name .. ": wrong result " .. tostring(result))
  end
  local sorted = { times[1], times[2], times[3] }
  table.sort(sorted)
  print(string.format("lua-bench %s %.0f (%.0f %.0f %.0f)", name, sorted[2], times[1], times[2], times[3]))
end
return run
