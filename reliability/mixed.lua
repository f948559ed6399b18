-- Mixed traffic for the soak: reference data, eligibility, simulations and a contract's status.
local token = os.getenv("TOKEN") or ""
local contract = os.getenv("CONTRACT") or ""
local pace = tonumber(os.getenv("PACE_MS") or "10")
local profile = '{"asOf":"2026-12-01","specialty":"MEDECINE_GENERALE","sector":"1","patientsMt":1250,"patientsFileActive":1800,"percentileBand":"P50_P70"}'
local requests = {}
local n = 0

function init(args)
  local json = { ["Content-Type"] = "application/json" }
  requests = {
    wrk.format("GET", "/api/v1/version"),
    wrk.format("POST", "/api/v1/simulations", json, profile),
    wrk.format("GET", "/api/v1/contracts/" .. contract .. "/status", { ["Authorization"] = "Bearer " .. token }),
    wrk.format("POST", "/api/v1/eligibility", json, profile),
    wrk.format("GET", "/api/v1/specialties"),
    wrk.format("POST", "/api/v1/simulations?explain=true", json, profile),
  }
end

function request()
  n = n + 1
  return requests[(n % #requests) + 1]
end

function delay()
  return pace
end
