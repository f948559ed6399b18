-- Requests the paths listed in PATHS_FILE (one a line) in turn, each thread from its own place;
-- with PACE_MS, one request every PACE_MS per connection.
local paths = {}
for line in io.lines(os.getenv("PATHS_FILE")) do
  paths[#paths + 1] = line
end
local i = 0
function init(args)
  math.randomseed(math.floor(os.clock() * 1000000) + #paths)
  i = math.random(1, #paths)
end
function request()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
local pace = tonumber(os.getenv("PACE_MS") or "0")
if pace > 0 then
  function delay()
    return pace
  end
end
