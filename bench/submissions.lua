-- One anonymous applicant per wrk connection (run wrk with as many threads as connections: a thread's Lua state
-- is its connection's state). Each round is the whole citizen's path over HTTP: the start page (session cookie
-- and CSRF token), creating the draft, the answers of both pages, and the submit, which must redirect to the
-- confirmation. A new round starts a new session. Latency of the submit request and of the whole round is
-- measured here; wrk's own figures cover every request of every step.
-- BENCH_PHASE chooses what a thread does (bench/submissions.sh sets it):
--   journey (default): the whole path, round after round, for as long as wrk runs;
--   prepare: the path without the submit, BENCH_PER_THREAD times, each in a new session; done() writes every
--     complete draft with its session cookie and CSRF token to BENCH_DRAFTS_FILE;
--   submit: only the submit POST of the drafts this thread prepared, one after another (each in its own
--     session, as a citizen's last click); the thread stops after its last one.
-- A thread that has finished its drafts writes BENCH_DRAFTS_FILE.done.<thread>: wrk itself runs for its whole
-- duration, so the script ends it (SIGINT, wrk then reports) once every thread has written its mark. The rate of
-- the submit phase is taken from the first submit sent to the last answer received, over all threads.

local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
  int clock_gettime(int clock, bench_timespec *time);
]]
local clock = ffi.new("bench_timespec")
local function now_ms()
  ffi.C.clock_gettime(1, clock) -- CLOCK_MONOTONIC
  return tonumber(clock.tv_sec) * 1000 + tonumber(clock.tv_nsec) / 1e6
end

local service = "/antrag/sperrmuell-abholung"
local about = "f.vorname=Erika&f.nachname=M%C3%BCller&f.anschrift.strasse=Marktplatz&f.anschrift.hausnummer=1"
  .. "&f.anschrift.plz=12345&f.anschrift.ort=Musterstadt&f.email=erika.mueller%40example.org"
local items = "f.gegenstaende=Ein+Sofa%2C+zwei+Matratzen+und+ein+zerlegter+Kleiderschrank&f.menge=bis-3"

-- read by done() through thread:get
submitted = 0
errors = 0
submit_ms = {}
round_ms = {}
first_error = ""

local phase = os.getenv("BENCH_PHASE") or "journey"
local per_thread = tonumber(os.getenv("BENCH_PER_THREAD") or "0")
local drafts_file = os.getenv("BENCH_DRAFTS_FILE")
-- prepare: "cookie csrf draft" of each complete draft, read by done() through thread:get
prepared = {}
-- submit: when this thread sent its first submit and received its last answer (ms, CLOCK_MONOTONIC)
first_ms, last_ms = 0, 0
-- submit: this thread's drafts and the next one to submit
local queue, next_draft = {}, 1

local step, cookie, csrf, draft, round_started, submit_started

local function restart()
  step, cookie, csrf, draft = 1, nil, nil, nil
end

local function take_next()
  local entry = queue[next_draft]
  next_draft = next_draft + 1
  if entry then
    cookie, csrf, draft = entry:match("^(%S+) (%S+) (%S+)$")
    step = 5
    round_started = nil
  end
  return entry ~= nil
end

local function finish()
  assert(io.open(drafts_file .. ".done." .. index, "w")):close()
  wrk.thread:stop()
end

-- thread index set by setup(); each thread submits the drafts it prepared itself
function init(args)
  restart()
  if phase == "submit" then
    for line in io.lines(drafts_file) do
      local owner, rest = line:match("^(%d+) (.+)$")
      if tonumber(owner) == index then queue[#queue + 1] = rest end
    end
    take_next()
  end
end

local function post(path, body)
  return wrk.format("POST", path, {
    ["Cookie"] = cookie,
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Accept-Language"] = "de",
  }, "_csrf=" .. csrf .. (body and ("&" .. body) or ""))
end

function request()
  if step == 1 then
    round_started = now_ms()
    return wrk.format("GET", service, { ["Accept-Language"] = "de" })
  elseif step == 2 then
    return post(service)
  elseif step == 3 then
    return post(service .. "/" .. draft .. "/abholort", about)
  elseif step == 4 then
    return post(service .. "/" .. draft .. "/gegenstaende", items)
  else
    submit_started = now_ms()
    if first_ms == 0 then first_ms = submit_started end
    return post(service .. "/" .. draft .. "/absenden")
  end
end

local function fail(status, what)
  errors = errors + 1
  if first_error == "" then
    first_error = "step " .. step .. " (" .. what .. "): HTTP " .. status
  end
  restart()
  if phase == "submit" then
    last_ms = now_ms()
    if not take_next() then finish() end
  end
end

function response(status, headers, body)
  local location = headers["Location"] or headers["location"] or ""
  local set_cookie = headers["Set-Cookie"] or headers["set-cookie"]
  if set_cookie then
    cookie = set_cookie:match("^([^;]+)")
  end
  if step == 1 then
    csrf = body:match('name="_csrf" value="([^"]+)"')
    if status ~= 200 or not csrf or not cookie then return fail(status, "start page") end
    step = 2
  elseif step == 2 then
    draft = location:match("/antrag/[^/]+/([0-9a-f%-]+)/abholort$")
    if status ~= 302 or not draft then return fail(status, "draft") end
    step = 3
  elseif step == 3 then
    if status ~= 302 or not location:match("/gegenstaende$") then return fail(status, "first page") end
    step = 4
  elseif step == 4 then
    if status ~= 302 or not location:match("/pruefen$") then return fail(status, "second page") end
    step = 5
    if phase == "prepare" then
      prepared[#prepared + 1] = cookie .. " " .. csrf .. " " .. draft
      restart()
      if #prepared >= per_thread then finish() end
    end
  else
    if status ~= 302 or not location:match("/antraege/[0-9a-f%-]+/bestaetigung$") then return fail(status, "submit") end
    local finished = now_ms()
    submitted = submitted + 1
    submit_ms[#submit_ms + 1] = finished - submit_started
    round_ms[#round_ms + 1] = finished - (round_started or submit_started)
    restart()
    if phase == "submit" then
      last_ms = finished
      if not take_next() then finish() end
    end
  end
end

local threads = {}
function setup(thread)
  threads[#threads + 1] = thread
  thread:set("index", #threads)
end

local function percentile(sorted, p)
  if #sorted == 0 then return 0 end
  local index = math.max(1, math.ceil(#sorted * p / 100))
  return sorted[index]
end

function done(summary, latency, requests)
  local total, failed, problem = 0, 0, ""
  local submits, rounds = {}, {}
  for _, thread in ipairs(threads) do
    total = total + thread:get("submitted")
    failed = failed + thread:get("errors")
    local first = thread:get("first_error")
    if problem == "" and first ~= "" then problem = first end
    for _, v in ipairs(thread:get("submit_ms")) do submits[#submits + 1] = v end
    for _, v in ipairs(thread:get("round_ms")) do rounds[#rounds + 1] = v end
  end
  table.sort(submits)
  table.sort(rounds)
  if phase == "prepare" then
    local out, count = assert(io.open(drafts_file, "w")), 0
    for i, thread in ipairs(threads) do
      for _, entry in ipairs(thread:get("prepared")) do
        out:write(i, " ", entry, "\n")
        count = count + 1
      end
    end
    out:close()
    io.write(string.format("PREPARED drafts=%d errors=%d\n", count, failed))
  end
  local seconds = summary.duration / 1e6
  if phase == "submit" then
    local first, last = math.huge, 0
    for _, thread in ipairs(threads) do
      local f, l = thread:get("first_ms"), thread:get("last_ms")
      if f > 0 and f < first then first = f end
      if l > last then last = l end
    end
    if last > 0 then seconds = (last - first) / 1000 end
  end
  local transport = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  -- one line the benchmark script reads
  io.write(string.format(
    "RESULT submissions=%d seconds=%.1f rate=%.1f submit_p50=%.1f submit_p99=%.1f round_p50=%.1f round_p99=%.1f "
      .. "request_p50=%.1f request_p99=%.1f requests=%d errors=%d transport_errors=%d http_errors=%d\n",
    total, seconds, total / seconds, percentile(submits, 50), percentile(submits, 99), percentile(rounds, 50),
    percentile(rounds, 99), latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests, failed,
    transport, summary.errors.status))
  if problem ~= "" then io.write("FIRST_ERROR " .. problem .. "\n") end
end
