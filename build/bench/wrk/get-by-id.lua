-- GET <prefix><id> for random ids from the file in BENCH_IDS (one per line).
local ids = {}
for line in io.lines(os.getenv("BENCH_IDS")) do ids[#ids + 1] = line end
local prefix = os.getenv("BENCH_PREFIX")
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("seed", counter)
end

function init(args)
  math.randomseed(seed * 7919)
end

function request()
  return wrk.format("GET", prefix .. ids[math.random(#ids)])
end
