-- A well-behaved client: one request every PACE_MS per connection.
local pace = tonumber(os.getenv("PACE_MS") or "100")
function delay()
  return pace
end
