-- table.sort: 200000 pseudo-random integers in the default order, then
-- 100000 records by a comparator on a field.
local run = dofile((arg[0]:gsub("[^/]*$", "")) .. "common.lua")
local function sort_all()
  math.randomseed(42)
  local numbers = {}
  for i = 1, 200000 do numbers[i] = math.random(1, 1000000) end
  table.sort(numbers)
  local records = {}
  for i = 1, 100000 do records[i] = { key = math.random(), id = i } end
  table.sort(records, function(a, b) return a.key > b.key end)
  for i = 2, #numbers do if numbers[i - 1] > numbers[i] then return false end end
  for i = 2, #records do if records[i - 1].key < records[i].key then return false end end
  return true
end
run("table_sort", sort_all, function(r) return r == true end)
