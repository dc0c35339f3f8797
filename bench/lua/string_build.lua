-- String building: 200000 pieces formatted (integers and floats) and
-- joined with table.concat, 20000 appends with .., and a gsub over the
-- result.
local run = dofile((arg[0]:gsub("[^/]*$", "")) .. "common.lua")
local function build()
  local parts = {}
  for i = 1, 200000 do
    parts[i] = string.format("%d:%s;", i, tostring(i * 0.5))
  end
  local text = table.concat(parts)
  local s = ""
  for i = 1, 20000 do
    s = s .. string.char(97 + i % 26)
  end
  local _, semicolons = text:gsub(";", "")
  return #text + #s + semicolons
end
-- 200000 pieces of 2 separators, the digits of i and of i / 2 ("N.0"
-- for whole halves): 2866680 bytes; 20000 appended; 200000 semicolons.
run("string_build", build, function(r) return r == 3086680 end)
