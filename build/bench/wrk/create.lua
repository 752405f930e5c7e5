-- POST <prefix> a collaboration with a name no one used (run, thread, counter) and three distinct current
-- municipalities from the file in BENCH_CODES (one CBS code per line).
local codes = {}
for line in io.lines(os.getenv("BENCH_CODES")) do codes[#codes + 1] = line end
local prefix = os.getenv("BENCH_PREFIX")
local run = os.getenv("BENCH_RUN")
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("thread_number", threads)
end

function init(args)
  math.randomseed(thread_number * 104729)
  -- Passing headers to wrk.format would replace those given with -H (the token), so add to them instead.
  wrk.headers["Content-Type"] = "application/json"
  sent = 0
end

function request()
  sent = sent + 1
  local a = math.random(#codes)
  local b = a
  while b == a do b = math.random(#codes) end
  local c = a
  while c == a or c == b do c = math.random(#codes) end
  local body = string.format(
    '{"name":"Schaalproef %s %d %d","participants":[{"municipalityCode":"%s"},{"municipalityCode":"%s"},{"municipalityCode":"%s"}],' ..
    '"taskTypes":["uitvoering"],"taskScope":"een","tasks":[{"name":"Belastingen","type":"uitvoering"}],' ..
    '"legalForm":{"kind":"publiekrechtelijk","instrument":"openbaarLichaam"},"initiative":"vrijwillig"}',
    run, thread_number, sent, codes[a], codes[b], codes[c])
  return wrk.format("POST", prefix, nil, body)
end
