-- POST /api/v1/simulations with a GP profile; with PACE_MS set, each connection waits that long
-- between requests (an open-loop rate of about connections * 1000 / PACE_MS per second).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"asOf":"2026-12-01","specialty":"MEDECINE_GENERALE","sector":"1","patientsMt":1250,"patientsFileActive":1800,"percentileBand":"P50_P70"}'
local pace = tonumber(os.getenv("PACE_MS") or "0")
function delay()
  return pace
end
