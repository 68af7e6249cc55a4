<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="+19"/>
        <source>Usage: takt [COMMAND] [options]

Commands:
  serve              run the engine without a display and serve its API
  jobs               create, apply, list, show, delete, pause, resume and run jobs
  runs               list, show and cancel runs
  logs ID            print a run&apos;s output
  cron next EXPR     print the next fire times of a schedule

Without a command, takt runs &apos;serve&apos;.
Run &apos;takt COMMAND --help&apos; for a command&apos;s options.
Exit codes: 0 done, 1 failed, 2 the command line was not understood.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>takt: unknown command &apos;%1&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+13"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print the API&apos;s JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The engine&apos;s data directory (default: $TAKT_DATA, else ~/.local/share/takt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/jobscommand.cpp" line="+81"/>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>URL of the engine (default: $TAKT_SERVER, else the local engine of the data directory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access token for --server (default: $TAKT_TOKEN, else the data directory&apos;s token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>missing argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Usage: takt %1 %2

%3

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/console.cpp" line="+48"/>
        <source>Usage: %1
Run &apos;takt %2 --help&apos; for more.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/croncommand.cpp" line="+20"/>
        <source>EXPR [--tz ZONE] [--from TIME] [--count N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prints the next times the schedule EXPR fires, one ISO-8601 time with its UTC offset per line. Needs no engine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IANA time zone (default: this machine&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/jobscommand.cpp" line="-5"/>
        <source>zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start after this ISO-8601 time (default: now; without an offset, in --tz).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many times (default 10, at most 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/jobscommand.cpp" line="+2"/>
        <location filename="../app/cli/logscommand.cpp" line="+77"/>
        <location filename="../app/cli/runscommand.cpp" line="+42"/>
        <location filename="../app/cli/servecommand.cpp" line="+59"/>
        <location line="+2"/>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--tz: unknown time zone &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--from: &apos;%1&apos; is not an ISO-8601 date-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--count: &apos;%1&apos; is not a number from 1 to 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Usage: takt cron COMMAND [options]

Commands:
  next EXPR [--tz ZONE] [--from TIME] [--count N]
                     print the next fire times of a schedule

Run &apos;takt cron next --help&apos; for its options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>takt: cron: a command is required
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>takt: cron: unknown command &apos;%1&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/datadir.cpp" line="+28"/>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/engineconnection.cpp" line="+25"/>
        <source>&apos;%1&apos; is not an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no engine is running for %1 (start one with &apos;takt serve&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an access token is needed for %1 (--token or $TAKT_TOKEN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/jobscommand.cpp" line="-54"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>schedule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+174"/>
        <source>(manual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-173"/>
        <source>time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>workdir:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>env:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>none</source>
        <translation type="unfinished">无</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>retries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2 backoff from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>overlap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>misfire:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>NAME --schedule EXPR [options] -- COMMAND [ARGS...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creates a job that runs COMMAND with ARGS on the schedule EXPR (cron, @daily, @every 5m, @at TIME; &apos;&apos; = only when run by hand).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the job runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>expr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IANA time zone of the schedule (default: the engine&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time limit of each attempt, e.g. 30s or 1h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location filename="../app/cli/servecommand.cpp" line="+3"/>
        <source>duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Attempts after a failed first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait before the first retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fixed or exponential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working directory of the command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment variable for the command (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>K=V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the job is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--schedule is required (&apos;&apos; for a job that runs only by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a command is required after &apos;--&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>retries: &apos;%1&apos; is not a number from 0 to 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>backoff: &apos;%1&apos; is not one of: fixed, exponential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>env: &apos;%1&apos; is not of the form K=V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>created job %1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>-f FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creates the job described by the JSON job spec in FILE (&apos;-&apos; = standard input), or stores it as the job&apos;s new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The job spec (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>-f FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: malformed JSON at offset %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: a job spec must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>name: is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>applied job %1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/runscommand.cpp" line="-4"/>
        <source>[options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lists the jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SCHEDULE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TIME ZONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NEXT RUN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+20"/>
        <location line="+18"/>
        <location line="+16"/>
        <source>NAME [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Shows a job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Deletes a job with its runs. Refused while a run of it has not ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>deleted job %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stops scheduling a job (runs already started go on).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedules a paused job again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>paused job %1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>resumed job %1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Starts a run of the job now and prints its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Usage: takt jobs COMMAND [options]

Commands:
  create NAME --schedule EXPR [options] -- COMMAND [ARGS...]
                     create a job
  apply -f FILE      create or update a job from a JSON job spec (&apos;-&apos; = stdin)
  list               list the jobs
  show NAME          show a job
  delete NAME        delete a job and its runs
  pause NAME         stop scheduling a job
  resume NAME        schedule a paused job again
  run NAME           start a run now; prints the run id

Run &apos;takt jobs COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>takt: jobs: a command is required
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>takt: jobs: unknown command &apos;%1&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/logscommand.cpp" line="-3"/>
        <location filename="../app/cli/runscommand.cpp" line="+59"/>
        <location line="+55"/>
        <source>ID [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prints the output of a run (its latest attempt unless --attempt): the text of each line, stdout and stderr in the order they were written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which attempt (1 = the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prefix each line with its local time and stream (out, err, or takt for Takt&apos;s own notes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the log file as stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/cli/runscommand.cpp" line="-48"/>
        <location line="+56"/>
        <source>id: &apos;%1&apos; is not a run id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>attempt: &apos;%1&apos; is not an attempt number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runscommand.cpp" line="-133"/>
        <source>signal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lists runs, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the runs of this job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only runs in these states (comma-separated, e.g. failed,timed_out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most this many runs (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>state: &apos;%1&apos; is not one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>limit: &apos;%1&apos; is not a number from 1 to 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JOB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+53"/>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-53"/>
        <source>TRIGGER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+53"/>
        <source>ATTEMPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-52"/>
        <source>SCHEDULED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+52"/>
        <source>STARTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+52"/>
        <source>DURATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+52"/>
        <source>EXIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Shows a run and its attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>job:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>state:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trigger:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scheduled:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attempt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next attempt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PEAK RSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>REASON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancels a run that has not ended (a running attempt is terminated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>run %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Usage: takt runs COMMAND [options]

Commands:
  list [--job NAME] [--state STATE] [--limit N]
                     list runs, newest first
  show ID            show a run and its attempts
  cancel ID          cancel a run that has not ended

Run &apos;takt runs COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>takt: runs: a command is required
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>takt: runs: unknown command &apos;%1&apos;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="-10"/>
        <source>[--data DIR] [--listen ADDRESS:PORT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs the engine without a display and serves its API until SIGTERM or SIGINT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address and port to serve on (default 127.0.0.1:%1; port 0 = any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs at once (default: 2 × cores).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished runs kept per job, for jobs that set none (default: no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long finished runs are kept, for jobs that set nothing (default: 90d).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total size of all logs kept; the oldest go first (default: no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--slots: &apos;%1&apos; is not a number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--keep-runs: &apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--listen: &apos;%1&apos; is not ADDRESS:PORT (e.g. 127.0.0.1:8611)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>takt: serving on %1 (data: %2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>takt: stopped
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseBehaviour</name>
    <message>
        <location filename="../views/shell/closebehaviour.cpp" line="+39"/>
        <source>Close Takt</source>
        <translation>关闭 Takt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Takt running in the tray?</source>
        <translation>让 Takt 在系统托盘中继续运行吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The engine runs your scheduled jobs only while Takt runs. In the tray it keeps running; the tray icon brings the window back.</source>
        <translation>只有 Takt 运行时，引擎才会执行计划中的作业。留在托盘中时引擎会继续运行，点击托盘图标即可重新打开窗口。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep running</source>
        <translation>继续运行(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Don&apos;t ask again</source>
        <translation>不再询问(&amp;D)</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <location filename="../views/common/displayformat.cpp" line="+28"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <location filename="../views/shell/languages.cpp" line="+21"/>
        <source>System language</source>
        <translation>跟随系统语言</translation>
    </message>
</context>
<context>
    <name>RunStateStyle</name>
    <message>
        <location filename="../views/common/runstatestyle.cpp" line="+20"/>
        <source>Scheduled</source>
        <translation>已计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upstream failed</source>
        <translation>上游失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>丢失</translation>
    </message>
</context>
<context>
    <name>SchedulePreview</name>
    <message>
        <location filename="../views/editor/schedulepreview.cpp" line="+31"/>
        <source>No schedule: the job runs only when started by hand.</source>
        <translation>无计划：此作业仅在手动启动时运行。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1, %2</source>
        <comment>schedule in words, time zone</comment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 %2 (%3)</source>
        <comment>date and time, UTC offset, weekday</comment>
        <translation>%1 %2（%3）</translation>
    </message>
</context>
<context>
    <name>Takt</name>
    <message>
        <location filename="../engine/api/localengine.cpp" line="+64"/>
        <source>Local engine — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/api/remoteengine.cpp" line="+52"/>
        <source>the server&apos;s answer is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+91"/>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 answered HTTP %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <location filename="../engine/scheduler/enginecore.cpp" line="+175"/>
        <location filename="../engine/store/store.cpp" line="+100"/>
        <source>a job needs a name</source>
        <translation type="unfinished">作业需要一个名称</translation>
    </message>
    <message>
        <location filename="../engine/core/duration.cpp" line="+16"/>
        <source>&apos;%1&apos; is not a duration; write e.g. 30s, 5m, 1h30m, 250ms or 2d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../engine/core/modeljson.cpp" line="+62"/>
        <location filename="../engine/scheduler/enginecore.cpp" line="+33"/>
        <location filename="../engine/store/store.cpp" line="+9"/>
        <source>a duration cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&apos;%1&apos; is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;%1&apos; is not a size; write e.g. 500M, 10G or a number of bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/core/modeljson.cpp" line="-46"/>
        <source>must be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not between %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a duration such as &quot;30s&quot; or a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../engine/server/apiserver.cpp" line="+362"/>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>must be an ISO-8601 date-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+4"/>
        <source>a string or an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an object of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a number from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>an array of exit codes 0-255</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+123"/>
        <source>unknown run state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>unknown trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/executor/processexecutor.cpp" line="+178"/>
        <source>supervisor died without recording an exit status (was the machine restarted?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>supervisor was killed by signal %1 without recording an exit status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write to the attempt directory &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>takt-supervisor &apos;%1&apos; rejected its arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>supervisor died without recording an exit status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>takt-supervisor was not found; set TAKT_SUPERVISOR to its path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <location filename="../engine/scheduler/enginecore.cpp" line="+2"/>
        <location line="+982"/>
        <source>cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>run %1 is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>cannot start takt-supervisor &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/schedule/crondescriber.cpp" line="+67"/>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+167"/>
        <location line="+92"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-238"/>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fourth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fifth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+240"/>
        <location line="+45"/>
        <source>%1 through %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-284"/>
        <source>%1 through %2 every %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+269"/>
        <source>every %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-200"/>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every day at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>every second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every %1 seconds from second %2 through %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>at 1 second past the minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at %1 seconds past the minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at seconds %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>every minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every %1 minutes from minute %2 through %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>every hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>every %1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-17"/>
        <source>every hour from %1 through %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every %1 hours from %2 through %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>on the hour, during hours %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at 1 minute past the hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at %1 minutes past the hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at minutes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>during hours %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>every %1 days of the month, starting on day 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every %1 days from day %2 through %3 of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>days %1 through %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every %1 days from day %2 through %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the day before the last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the day %1 days before the last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the last weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the weekday nearest day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on %1 of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+14"/>
        <location line="+20"/>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-20"/>
        <source>only on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the %1 %2 of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the last %1 of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+11"/>
        <source>only in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>every %1 years, starting in 1970</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/schedule/cronexpression.cpp" line="+59"/>
        <location filename="../engine/schedule/schedule.cpp" line="+11"/>
        <source>the schedule is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown alias &apos;%1&apos;; use @yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly, @every or @at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected 5, 6 or 7 fields, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/schedule/cronfieldparser.cpp" line="+29"/>
        <source>&apos;%1&apos; has an empty list item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+158"/>
        <source>&apos;?&apos; is only allowed in day-of-month and day-of-week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-156"/>
        <source>&apos;?&apos; cannot be combined with other values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&apos;%1&apos; is missing a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../engine/server/apiserver.cpp" line="-277"/>
        <source>%1 is out of range %2-%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&apos;%1&apos; is not a month; use 1-12 or JAN-DEC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not a day of the week; use 0-7 or SUN-SAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&apos;#&apos; is only allowed in day-of-week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a valid # form; write e.g. MON#2 for the second Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>occurrence %1 in &apos;%2&apos; is out of range 1-5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 in &apos;%2&apos; is out of range 1-30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not a valid L form; use L, L-3 or LW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not a valid W form; W needs a single day, e.g. 15W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;L&apos; in day-of-week needs a weekday, e.g. 5L or FRIL for the last Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;?&apos; must stand alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;W&apos; is only allowed in day-of-month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;L&apos; is only allowed in day-of-month and day-of-week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;%1&apos; has more than one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>step &apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>step 0 is not allowed; a step must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>step %1 is out of range 1-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is not a valid range; write e.g. 1-5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>range %1-%2 is reversed; write the smaller value first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/schedule/intervalschedule.cpp" line="+15"/>
        <source>@every needs an interval, e.g. @every 5m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>@every needs an interval of at least 1s, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/schedule/oneshotschedule.cpp" line="+21"/>
        <source>@at needs a date and time, e.g. @at 2027-01-01T09:00:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not a date and time; write e.g. 2027-01-01T09:00:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Once at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/scheduler/enginecore.cpp" line="-1149"/>
        <source>the engine is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+135"/>
        <source>&apos;%1&apos; is not a valid name: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (up to 100, starting with a letter or digit)</source>
        <translation type="unfinished">“%1”不是有效的名称：请使用字母、数字、“.”、“_”和“-”（最多 100 个字符，以字母或数字开头）</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../engine/server/apiserver.cpp" line="+21"/>
        <source>unknown time zone &apos;%1&apos;</source>
        <translation type="unfinished">未知的时区“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a job needs a command to run</source>
        <translation type="unfinished">作业需要一条要运行的命令</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is not an absolute path</source>
        <translation type="unfinished">“%1”不是绝对路径</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not a valid variable name</source>
        <translation type="unfinished">“%1”不是有效的变量名</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>cancelled before it started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+117"/>
        <source>skipped: the previous run was still active (overlap policy skip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+95"/>
        <source>the attempt ended without recording an exit status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>missed while the engine was stopped or the job paused (misfire policy %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+119"/>
        <source>cannot create the attempt directory &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+169"/>
        <source>cannot create the data directory &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+161"/>
        <source>no job named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../engine/store/store.cpp" line="+22"/>
        <source>a job named &apos;%1&apos; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>job &apos;%1&apos; has %n active run(s); cancel them first</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+111"/>
        <source>run %1 has already ended (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>run %1 has no attempt %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/server/accesstoken.cpp" line="+22"/>
        <source>no access token at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../engine/server/serverinfo.cpp" line="+36"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../engine/server/serverinfo.cpp" line="+20"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/server/apiserver.cpp" line="-23"/>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is not a run id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&apos;%1&apos; is not an ISO-8601 date-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a job spec (a JSON object) is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>malformed JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>no such route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the request body is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>an access token is required (Authorization: Bearer &lt;token&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the access token is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no such route: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not allowed here; use %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown query parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>route has no handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&apos;%1&apos; does not match the job name in the path, &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+161"/>
        <source>a schedule expression is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>cannot listen on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/server/enginehost.cpp" line="+27"/>
        <source>another engine (pid %1) is using %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot lock %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/server/serverinfo.cpp" line="-22"/>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a valid server file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/store/store.cpp" line="-63"/>
        <source>the stored spec of job %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the stored spec of job %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>the spec of job &apos;%1&apos; cannot be stored as given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+431"/>
        <source>there is no job with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-398"/>
        <source>run %1 has an unknown state &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>run %1 has an unknown trigger &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>there is no run with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is not a schema version (1-%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>a nested transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>a transaction is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>adding the job &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>updating the job &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>pausing or resuming job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>setting the next fire time of job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>deleting job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>reading the job &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no job named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>reading job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>listing the jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+18"/>
        <source>reading the versions of job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>adding a run of job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>job &apos;%1&apos; already has a scheduled run for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>updating run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>reading run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a page holds at least 1 run, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>listing runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>listing runs by state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>reading the attempts of run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>reading the finished runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>deleting %n run(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+13"/>
        <source>reading the last scheduled run of job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../engine/store/store_p.cpp" line="+45"/>
        <location line="+53"/>
        <location line="+10"/>
        <source>cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-60"/>
        <source>it is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the folder %1 is not writable (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file cannot be opened for writing (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is not a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a database connection needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a database connection named &apos;%1&apos; is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the Qt SQL driver %1 is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>setting up the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>reading the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the database %1 is not a Takt database: it has tables but no schema_migrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the database %1 has schema version %2, but this version of Takt knows versions up to %3 only: open it with a newer Takt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot migrate the database %1 to schema version %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>migrating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+100"/>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>starting a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>committing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>rolling back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Takt::AboutDialog</name>
    <message>
        <location filename="../views/shell/aboutdialog.cpp" line="+30"/>
        <source>About Takt</source>
        <translation>关于 Takt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Schedules jobs, runs them, and shows you how they went.</source>
        <translation>计划并运行作业，让您随时了解运行结果。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (built with %2)</source>
        <translation>%1（构建时使用 %2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command highlighting</source>
        <translation>命令高亮</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data directory</source>
        <translation>数据目录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Copy details</source>
        <translation>复制详细信息(&amp;C)</translation>
    </message>
</context>
<context>
    <name>Takt::CommandEdit</name>
    <message>
        <location filename="../views/editor/commandedit.cpp" line="+20"/>
        <source>Ru&amp;n with:</source>
        <translation>解释器(&amp;N)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shell script</source>
        <translation>Shell 脚本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQL (psql)</source>
        <translation>SQL（psql）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Program and arguments</source>
        <translation>程序和参数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The program and options that run the script; the script is passed as the last argument.</source>
        <translation>运行脚本的程序及其选项；脚本作为最后一个参数传入。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Runs as: %1 ‹script›. A non-zero exit status fails the run.</source>
        <translation>运行方式：%1 ‹脚本›。退出状态非零即视为运行失败。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runs as: %1 ‹script›. Set PGHOST, PGDATABASE and PGUSER under Environment to choose the database.</source>
        <translation>运行方式：%1 ‹脚本›。请在“环境变量”中设置 PGHOST、PGDATABASE 和 PGUSER 来指定数据库。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One per line: the program first, then each argument. No shell is involved, so nothing needs quoting.</source>
        <translation>每行一项：先写程序，再依次写各个参数。不经过 shell，因此无需加引号。</translation>
    </message>
</context>
<context>
    <name>Takt::DurationEdit</name>
    <message>
        <location filename="../views/editor/durationedit.cpp" line="+11"/>
        <source>A duration such as 30s, 5m, 1h30m, 250ms or 2d; a bare number counts seconds.</source>
        <translation>时长，例如 30s、5m、1h30m、250ms 或 2d；只写数字时按秒计。</translation>
    </message>
</context>
<context>
    <name>Takt::EngineLogSource</name>
    <message>
        <location filename="../views/log/enginelogsource.cpp" line="+43"/>
        <source>The engine is no longer connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Takt::EnvironmentEdit</name>
    <message>
        <location filename="../views/editor/environmentedit.cpp" line="+17"/>
        <source>Variable</source>
        <translation>变量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remo&amp;ve</source>
        <translation>删除(&amp;V)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>row %1 has a value but no variable name</source>
        <translation>第 %1 行有值但没有变量名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is not a valid variable name</source>
        <translation>“%1”不是有效的变量名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is set twice</source>
        <translation>“%1”被设置了两次</translation>
    </message>
</context>
<context>
    <name>Takt::JobEditor</name>
    <message>
        <location filename="../views/editor/jobeditor.cpp" line="+85"/>
        <source>&amp;General</source>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mmand</source>
        <translation>命令(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retries and limits</source>
        <translation>重试与限制(&amp;R)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>New job</source>
        <translation>新建作业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit job “%1”</source>
        <translation>编辑作业“%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate job “%1”</source>
        <translation>复制作业“%1”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. nightly-backup</source>
        <translation>例如 nightly-backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;; up to 100 characters.</source>
        <translation>可使用字母、数字、“.”、“_”和“-”，最多 100 个字符。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the job does, for the people who read the job list</source>
        <translation>说明作业的用途，方便查看作业列表的人了解</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 30 2 * * 1-5, @daily, @every 15m; empty = only by hand</source>
        <translation>例如 30 2 * * 1-5、@daily、@every 15m；留空表示仅手动运行</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Schedule:</source>
        <translation>计划(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time zone:</source>
        <translation>时区(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next runs:</source>
        <translation>接下来的运行：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedules: cron with 5 fields (minute hour day-of-month month day-of-week), 6 with seconds first, Quartz L W # ?; @hourly, @daily, @weekly, @monthly, @yearly; @every 90s; @at 2027-01-01T09:00.</source>
        <translation>计划的写法：5 个字段的 cron（分 时 日 月 星期），6 个字段时第一个为秒，支持 Quartz 的 L W # ?；@hourly、@daily、@weekly、@monthly、@yearly；@every 90s；@at 2027-01-01T09:00。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Default: the “work” folder in the data directory</source>
        <translation>默认：数据目录中的“work”文件夹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working directory</source>
        <translation>工作目录</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Co&amp;mmand:</source>
        <translation>命令(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Working directory:</source>
        <translation>工作目录(&amp;W)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Environment:</source>
        <translation>环境变量(&amp;E)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After a timeout or a cancel the job gets SIGTERM, and SIGKILL if it is still running this much later.</source>
        <translation>超时或取消时先向作业发送 SIGTERM；若经过这段时间后仍在运行，再发送 SIGKILL。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When runs wait for a free slot, higher priorities start first.</source>
        <translation>多个运行等待空闲槽位时，优先级高的先启动。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limits</source>
        <translation>限制</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Timeout per attempt:</source>
        <translation>单次尝试超时(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kill grace:</source>
        <translation>强制终止宽限期(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Priority:</source>
        <translation>优先级(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs at &amp;once:</source>
        <translation>最大并发运行数(&amp;O)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Never</source>
        <translation>不重试</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fixed delay</source>
        <translation>固定间隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exponential (doubles each time)</source>
        <translation>指数退避（每次加倍）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A random part of the delay added or taken away, so that many jobs do not retry at the same moment.</source>
        <translation>在延迟上随机增减一部分，避免大量作业在同一时刻重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>any failure, or e.g. 1, 75</source>
        <translation>任何失败，或例如 1, 75</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retries</source>
        <translation>重试</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retr&amp;ies:</source>
        <translation>重试次数(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Backoff:</source>
        <translation>退避方式(&amp;B)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delay:</source>
        <translation>延迟(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Longest delay:</source>
        <translation>最长延迟(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Jitter:</source>
        <translation>抖动(&amp;J)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry on &amp;exit codes:</source>
        <translation>按退出码重试(&amp;E)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Allow: start another run alongside</source>
        <translation>允许：同时再启动一次运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip: drop the new run</source>
        <translation>跳过：放弃新的运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue: start it when the running one ends</source>
        <translation>排队：等当前运行结束后再启动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace: cancel the running one</source>
        <translation>替换：取消当前正在进行的运行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip them</source>
        <translation>全部跳过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run once to catch up</source>
        <translation>补运行一次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run each of them</source>
        <translation>逐一补运行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The most catch-up runs made at once.</source>
        <translation>一次最多补运行的次数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at most</source>
        <translation>最多</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overlaps and missed runs</source>
        <translation>重叠与错过的运行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>While a run is &amp;still running:</source>
        <translation>上一次运行尚未结束时(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed while down or pa&amp;used:</source>
        <translation>停机或暂停期间错过的运行(&amp;U)：</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>a job needs a name</source>
        <translation>作业需要一个名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is not a valid name: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (up to 100, starting with a letter or digit)</source>
        <translation>“%1”不是有效的名称：请使用字母、数字、“.”、“_”和“-”（最多 100 个字符，以字母或数字开头）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown time zone &apos;%1&apos;</source>
        <translation>未知的时区“%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a job needs a command to run</source>
        <translation>作业需要一条要运行的命令</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is not an absolute path</source>
        <translation>“%1”不是绝对路径</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&apos;%1&apos; is not an exit code</source>
        <translation>“%1”不是退出码</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The engine refused the job: %1</source>
        <translation>引擎拒绝了此作业：%1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>It never fires after now.</source>
        <translation>此后不会再触发。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a time zone to see when it runs.</source>
        <translation>请选择时区以查看运行时间。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>Takt::JobsModel</name>
    <message>
        <location filename="../views/jobs/jobsmodel.cpp" line="+99"/>
        <source>Could not read the jobs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only when started by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Could not read the runs of &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+115"/>
        <location line="+28"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Never run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location filename="../views/jobs/jobsview.cpp" line="+126"/>
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n d ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../views/jobs/jobsview.cpp" line="-1"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No schedule: the job runs when started by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expression: %1
Time zone: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this machine&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not understood: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paused: nothing runs until the job is resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No run is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in %2
%3 here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>#%1 %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paused: scheduled runs do not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active: runs start on schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The last %n finished runs, oldest on the left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Takt::JobsView</name>
    <message>
        <location filename="../views/jobs/jobsview.cpp" line="-93"/>
        <source>Delete job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the job “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its runs and their logs are deleted with it. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+40"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-16"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+224"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-221"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Filter by name, description or schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+80"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not start &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Started run #%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not pause &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not resume &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paused %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resumed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not delete &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Takt::LineStreamer</name>
    <message>
        <location filename="../views/log/linestreamer.cpp" line="+54"/>
        <source>The log is no longer available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reading the log was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Takt::LogSaver</name>
    <message>
        <location filename="../views/log/logsaver.cpp" line="+28"/>
        <source>A save is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+33"/>
        <location line="+7"/>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saving was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Takt::LogSearchBar</name>
    <message>
        <location filename="../views/log/logsearchbar.cpp" line="+22"/>
        <source>Find in log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Aa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Match case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next match (Enter, F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Searching the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close the find bar (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Takt::LogView</name>
    <message>
        <location filename="../views/log/logview.cpp" line="+406"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;Timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>stderr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Takt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stdout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Takt::LogViewer</name>
    <message>
        <location filename="../views/log/logviewer.cpp" line="+59"/>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the newest lines in view while the run writes them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show when each line was written (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find in the log (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the selected lines as plain text (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the log to a file, as plain text or raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Indexing %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saving %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Copied the first %Ln line(s); use Save As for the whole log.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Copied %Ln line(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+72"/>
        <source>Cannot read the log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>No engine is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The run has not started yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Showing attempt %1, the retry that just started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 lines · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save Log As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plain text, without colours (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raw log, with times and streams (*.log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no log to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A save is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %Ln match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (stopped)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Takt::RunsModel</name>
    <message>
        <location filename="../views/runs/runsmodel.cpp" line="+34"/>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catch-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Could not read the runs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+178"/>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>signal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled</source>
        <translation type="unfinished">已计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Takt::RunsView</name>
    <message>
        <location filename="../views/runs/runsview.cpp" line="+37"/>
        <source>Open log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the runs of one job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show runs in these states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the runs were due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>From (inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To (exclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Catch-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>signal 15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+125"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+128"/>
        <source>%1 states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1 run loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 runs loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · all shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · scroll for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Could not cancel run #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelling run #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not start &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Started run #%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Takt::SettingsDialog</name>
    <message>
        <location filename="../views/shell/settingsdialog.cpp" line="+42"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Default: %1</source>
        <translation>默认：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data directory</source>
        <translation>数据目录</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Data directory:</source>
        <translation>数据目录(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The embedded engine keeps its database, logs and working folders here. A change applies when Takt starts again.</source>
        <translation>内置引擎在这里保存数据库、日志和工作文件夹。更改将在 Takt 下次启动时生效。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new language applies when Takt starts again.</source>
        <translation>新的语言将在 Takt 下次启动时生效。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Notify me when a run fails, times out or is lost</source>
        <translation>运行失败、超时或丢失时通知我(&amp;N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ask me</source>
        <translation>每次询问</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the engine running in the tray</source>
        <translation>在托盘中保持引擎运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit Takt and stop the engine</source>
        <translation>退出 Takt 并停止引擎</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notifications and tray</source>
        <translation>通知与托盘</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When the window &amp;closes:</source>
        <translation>关闭窗口时(&amp;C)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scheduled jobs run only while the engine runs. An engine you connect to over the network is not affected.</source>
        <translation>计划中的作业只在引擎运行时执行。通过网络连接的引擎不受影响。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>data directory: &apos;%1&apos; is not an absolute path</source>
        <translation>数据目录：“%1”不是绝对路径</translation>
    </message>
</context>
<context>
    <name>Takt::TimeZoneComboBox</name>
    <message>
        <location filename="../views/editor/timezonecombobox.cpp" line="+21"/>
        <source>Type to search, e.g. Berlin</source>
        <translation>输入以搜索，例如 Shanghai</translation>
    </message>
</context>
<context>
    <name>Takt::TrayIcon</name>
    <message>
        <location filename="../views/shell/trayicon.cpp" line="+29"/>
        <source>&amp;Show Takt</source>
        <translation>显示 Takt(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit Takt</source>
        <translation>退出 Takt(&amp;Q)</translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>Takt — %n running</source>
        <translation>
            <numerusform>Takt — %n 个正在运行</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Takt — idle</source>
        <translation>Takt — 空闲</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+34"/>
        <source>No engine</source>
        <translation>无引擎</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run %1, attempt %2</source>
        <translation>运行 %1，第 %2 次尝试</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n running</source>
        <translation>
            <numerusform>%n 个正在运行</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing running</source>
        <translation>当前没有运行</translation>
    </message>
</context>
</TS>
