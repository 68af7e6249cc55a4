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

Without a command, takt opens the desktop console (or runs &apos;serve&apos; where there is no display).
Run &apos;takt COMMAND --help&apos; for a command&apos;s options.
Exit codes: 0 done, 1 failed, 2 the command line was not understood.
</source>
        <translation>用法：takt [COMMAND] [选项]

命令：
  serve              不使用图形界面运行引擎，并提供其 API
  jobs               创建、应用、列出、查看、删除、暂停、恢复和运行作业
  runs               列出、查看和取消运行
  logs ID            打印某次运行的输出
  cron next EXPR     打印某个计划接下来的触发时间

不带命令时，takt 会打开桌面控制台（没有图形显示时则运行 &apos;serve&apos;）。
运行 &apos;takt COMMAND --help&apos; 查看某个命令的选项。
退出码：0 成功，1 失败，2 无法理解命令行。
</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>takt: unknown command &apos;%1&apos;
</source>
        <translation>takt: 未知命令“%1”
</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="+13"/>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print the API&apos;s JSON instead of text.</source>
        <translation>输出 API 的 JSON，而不是文本。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The engine&apos;s data directory (default: $TAKT_DATA, else ~/.local/share/takt).</source>
        <translation>引擎的数据目录（默认：$TAKT_DATA，未设置时为 ~/.local/share/takt）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/jobscommand.cpp" line="+81"/>
        <source>dir</source>
        <translation>目录</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>URL of the engine (default: $TAKT_SERVER, else the local engine of the data directory).</source>
        <translation>引擎的 URL（默认：$TAKT_SERVER，未设置时为数据目录的本地引擎）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access token for --server (default: $TAKT_TOKEN, else the data directory&apos;s token).</source>
        <translation>--server 的访问令牌（默认：$TAKT_TOKEN，未设置时为数据目录中的令牌）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>missing argument</source>
        <translation>缺少参数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>多余的参数“%1”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Usage: takt %1 %2

%3

</source>
        <translation>用法：takt %1 %2

%3

</translation>
    </message>
    <message>
        <location filename="../app/cli/console.cpp" line="+48"/>
        <source>Usage: %1
Run &apos;takt %2 --help&apos; for more.
</source>
        <translation>用法：%1
运行 &apos;takt %2 --help&apos; 了解详情。
</translation>
    </message>
    <message>
        <location filename="../app/cli/croncommand.cpp" line="+20"/>
        <source>EXPR [--tz ZONE] [--from TIME] [--count N]</source>
        <translation>EXPR [--tz ZONE] [--from TIME] [--count N]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prints the next times the schedule EXPR fires, one ISO-8601 time with its UTC offset per line. Needs no engine.</source>
        <translation>打印计划 EXPR 接下来的触发时间，每行一个带 UTC 偏移的 ISO-8601 时间。无需引擎。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IANA time zone (default: this machine&apos;s).</source>
        <translation>IANA 时区（默认：本机时区）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/jobscommand.cpp" line="-5"/>
        <source>zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start after this ISO-8601 time (default: now; without an offset, in --tz).</source>
        <translation>从此 ISO-8601 时间之后开始（默认：现在；不带偏移时按 --tz 的时区解释）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many times (default 10, at most 1000).</source>
        <translation>输出多少个时间（默认 10，最多 1000）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/jobscommand.cpp" line="+2"/>
        <location filename="../app/cli/logscommand.cpp" line="+77"/>
        <location filename="../app/cli/runscommand.cpp" line="+42"/>
        <location filename="../app/cli/servecommand.cpp" line="+59"/>
        <location line="+2"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--tz: unknown time zone &apos;%1&apos;</source>
        <translation>--tz: 未知的时区“%1”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--from: &apos;%1&apos; is not an ISO-8601 date-time</source>
        <translation>--from: “%1”不是 ISO-8601 日期时间</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--count: &apos;%1&apos; is not a number from 1 to 1000</source>
        <translation>--count: “%1”不是 1 到 1000 之间的数字</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Usage: takt cron COMMAND [options]

Commands:
  next EXPR [--tz ZONE] [--from TIME] [--count N]
                     print the next fire times of a schedule

Run &apos;takt cron next --help&apos; for its options.
</source>
        <translation>用法：takt cron COMMAND [选项]

命令：
  next EXPR [--tz ZONE] [--from TIME] [--count N]
                     打印某个计划接下来的触发时间

运行 &apos;takt cron next --help&apos; 查看其选项。
</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>takt: cron: a command is required
</source>
        <translation>takt: cron: 需要指定命令
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>takt: cron: unknown command &apos;%1&apos;
</source>
        <translation>takt: cron: 未知命令“%1”
</translation>
    </message>
    <message>
        <location filename="../app/cli/datadir.cpp" line="+28"/>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/engineconnection.cpp" line="+25"/>
        <source>&apos;%1&apos; is not an http(s) URL</source>
        <translation>“%1”不是 http(s) URL</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no engine is running for %1 (start one with &apos;takt serve&apos;)</source>
        <translation>%1 没有正在运行的引擎（可用 &apos;takt serve&apos; 启动）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>an access token is needed for %1 (--token or $TAKT_TOKEN)</source>
        <translation>访问 %1 需要访问令牌（--token 或 $TAKT_TOKEN）</translation>
    </message>
    <message>
        <location filename="../app/cli/jobscommand.cpp" line="-54"/>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>active</source>
        <translation>活动</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>schedule:</source>
        <translation>计划：</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+162"/>
        <source>(manual)</source>
        <translation>（手动）</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>time zone:</source>
        <translation>时区：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next run:</source>
        <translation>下次运行：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>command:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>workdir:</source>
        <translation>工作目录：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>env:</source>
        <translation>环境变量：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timeout:</source>
        <translation>超时：</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>retries:</source>
        <translation>重试：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2 backoff from %3</source>
        <translation>%1 次，%2 退避，起始延迟 %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>overlap:</source>
        <translation>重叠策略：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>misfire:</source>
        <translation>错过策略：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>created:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>updated:</source>
        <translation>更新时间：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>NAME --schedule EXPR [options] -- COMMAND [ARGS...]</source>
        <translation>NAME --schedule EXPR [选项] -- COMMAND [ARGS...]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creates a job that runs COMMAND with ARGS on the schedule EXPR (cron, @daily, @every 5m, @at TIME; &apos;&apos; = only when run by hand).</source>
        <translation>创建一个作业，按计划 EXPR（cron、@daily、@every 5m、@at TIME；&apos;&apos; 表示仅手动运行）以参数 ARGS 运行 COMMAND。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the job runs.</source>
        <translation>作业何时运行。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>expr</source>
        <translation>表达式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IANA time zone of the schedule (default: the engine&apos;s).</source>
        <translation>计划所用的 IANA 时区（默认：引擎的时区）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time limit of each attempt, e.g. 30s or 1h.</source>
        <translation>每次尝试的时间限制，例如 30s 或 1h。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location filename="../app/cli/servecommand.cpp" line="+3"/>
        <source>duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Attempts after a failed first one.</source>
        <translation>首次尝试失败后的重试次数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait before the first retry.</source>
        <translation>首次重试前的等待时间。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fixed or exponential.</source>
        <translation>fixed 或 exponential。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working directory of the command.</source>
        <translation>命令的工作目录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment variable for the command (repeatable).</source>
        <translation>命令的环境变量（可重复指定）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>K=V</source>
        <translation>K=V</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the job is for.</source>
        <translation>作业的用途。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--schedule is required (&apos;&apos; for a job that runs only by hand)</source>
        <translation>必须指定 --schedule（仅手动运行的作业请用 &apos;&apos;）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a command is required after &apos;--&apos;</source>
        <translation>&apos;--&apos; 之后必须跟命令</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>retries: &apos;%1&apos; is not a number from 0 to 1000</source>
        <translation>retries: “%1”不是 0 到 1000 之间的数字</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>backoff: &apos;%1&apos; is not one of: fixed, exponential</source>
        <translation>backoff: “%1”不是以下值之一：fixed、exponential</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>env: &apos;%1&apos; is not of the form K=V</source>
        <translation>env: “%1”不是 K=V 格式</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>created job %1 (version %2)</source>
        <translation>已创建作业 %1（版本 %2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>-f FILE</source>
        <translation>-f FILE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creates the job described by the JSON job spec in FILE (&apos;-&apos; = standard input), or stores it as the job&apos;s new version.</source>
        <translation>按 FILE（&apos;-&apos; 表示标准输入）中的 JSON 作业定义创建作业，或将其保存为该作业的新版本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The job spec (JSON).</source>
        <translation>作业定义（JSON）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>-f FILE is required</source>
        <translation>必须指定 -f FILE</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>standard input</source>
        <translation>标准输入</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: malformed JSON at offset %2: %3</source>
        <translation>%1：偏移量 %2 处的 JSON 格式错误：%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: a job spec must be a JSON object</source>
        <translation>%1：作业定义必须是 JSON 对象</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>name: is required</source>
        <translation>name: 为必填项</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>applied job %1 (version %2)</source>
        <translation>已应用作业 %1（版本 %2）</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../app/cli/runscommand.cpp" line="-4"/>
        <source>[options]</source>
        <translation>[选项]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lists the jobs.</source>
        <translation>列出作业。</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SCHEDULE</source>
        <translation>计划</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TIME ZONE</source>
        <translation>时区</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NEXT RUN</source>
        <translation>下次运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VERSION</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+16"/>
        <location line="+12"/>
        <location line="+16"/>
        <source>NAME [options]</source>
        <translation>NAME [选项]</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Shows a job.</source>
        <translation>显示作业详情。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Deletes a job with its runs. Refused while a run of it has not ended.</source>
        <translation>删除作业及其运行记录。若该作业仍有未结束的运行，则拒绝删除。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>deleted job %1
</source>
        <translation>已删除作业 %1
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stops scheduling a job (runs already started go on).</source>
        <translation>停止调度作业（已启动的运行会继续）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedules a paused job again.</source>
        <translation>重新调度已暂停的作业。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>paused job %1 (version %2)</source>
        <translation>已暂停作业 %1（版本 %2）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>resumed job %1 (version %2)</source>
        <translation>已恢复作业 %1（版本 %2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Starts a run of the job now and prints its id.</source>
        <translation>立即启动作业的一次运行，并打印其 ID。</translation>
    </message>
    <message>
        <location line="+18"/>
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
        <translation>用法：takt jobs COMMAND [选项]

命令：
  create NAME --schedule EXPR [选项] -- COMMAND [ARGS...]
                     创建作业
  apply -f FILE      根据 JSON 作业定义创建或更新作业（&apos;-&apos; 表示 stdin）
  list               列出作业
  show NAME          显示作业详情
  delete NAME        删除作业及其运行记录
  pause NAME         停止调度作业
  resume NAME        重新调度已暂停的作业
  run NAME           立即启动一次运行；打印运行 ID

运行 &apos;takt jobs COMMAND --help&apos; 查看某个命令的选项。
</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>takt: jobs: a command is required
</source>
        <translation>takt: jobs: 需要指定命令
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>takt: jobs: unknown command &apos;%1&apos;
</source>
        <translation>takt: jobs: 未知命令“%1”
</translation>
    </message>
    <message>
        <location filename="../app/cli/logscommand.cpp" line="-3"/>
        <location filename="../app/cli/runscommand.cpp" line="+59"/>
        <location line="+55"/>
        <source>ID [options]</source>
        <translation>ID [选项]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prints the output of a run (its latest attempt unless --attempt): the text of each line, stdout and stderr in the order they were written.</source>
        <translation>打印某次运行的输出（未指定 --attempt 时为最近一次尝试）：按写入顺序输出 stdout 和 stderr 每一行的文本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which attempt (1 = the first).</source>
        <translation>第几次尝试（1 表示第一次）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prefix each line with its local time and stream (out, err, or takt for Takt&apos;s own notes).</source>
        <translation>在每行前加上其本地时间和流（out、err，或表示 Takt 自身记录的 takt）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the log file as stored.</source>
        <translation>按存储的原样打印日志文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/cli/runscommand.cpp" line="-48"/>
        <location line="+56"/>
        <source>id: &apos;%1&apos; is not a run id</source>
        <translation>id: “%1”不是运行 ID</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>attempt: &apos;%1&apos; is not an attempt number</source>
        <translation>attempt: “%1”不是有效的尝试序号</translation>
    </message>
    <message>
        <location filename="../app/cli/runscommand.cpp" line="-133"/>
        <source>signal %1</source>
        <translation>信号 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lists runs, newest first.</source>
        <translation>列出运行，最新的在前。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the runs of this job.</source>
        <translation>仅列出此作业的运行。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only runs in these states (comma-separated, e.g. failed,timed_out).</source>
        <translation>仅列出处于这些状态的运行（以逗号分隔，例如 failed,timed_out）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most this many runs (default 50).</source>
        <translation>最多列出的运行数（默认 50）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>state: &apos;%1&apos; is not one of: %2</source>
        <translation>state: “%1”不是以下值之一：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>limit: &apos;%1&apos; is not a number from 1 to 1000</source>
        <translation>limit: “%1”不是 1 到 1000 之间的数字</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JOB</source>
        <translation>作业</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+53"/>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>TRIGGER</source>
        <translation>触发方式</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+53"/>
        <source>ATTEMPT</source>
        <translation>尝试</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>SCHEDULED</source>
        <translation>计划时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+52"/>
        <source>STARTED</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+52"/>
        <source>DURATION</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+52"/>
        <source>EXIT</source>
        <translation>退出码</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Shows a run and its attempts.</source>
        <translation>显示运行及其各次尝试。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>run:</source>
        <translation>运行：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>job:</source>
        <translation>作业：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (version %2)</source>
        <translation>%1（版本 %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>state:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trigger:</source>
        <translation>触发方式：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scheduled:</source>
        <translation>计划时间：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attempt:</source>
        <translation>尝试：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next attempt:</source>
        <translation>下次尝试：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PEAK RSS</source>
        <translation>峰值 RSS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>REASON</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancels a run that has not ended (a running attempt is terminated).</source>
        <translation>取消尚未结束的运行（正在进行的尝试会被终止）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>run %1: %2
</source>
        <translation>运行 %1：%2
</translation>
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
        <translation>用法：takt runs COMMAND [选项]

命令：
  list [--job NAME] [--state STATE] [--limit N]
                     列出运行，最新的在前
  show ID            显示运行及其各次尝试
  cancel ID          取消尚未结束的运行

运行 &apos;takt runs COMMAND --help&apos; 查看某个命令的选项。
</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>takt: runs: a command is required
</source>
        <translation>takt: runs: 需要指定命令
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>takt: runs: unknown command &apos;%1&apos;
</source>
        <translation>takt: runs: 未知命令“%1”
</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="-10"/>
        <source>[--data DIR] [--listen ADDRESS:PORT]</source>
        <translation>[--data DIR] [--listen ADDRESS:PORT]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs the engine without a display and serves its API until SIGTERM or SIGINT.</source>
        <translation>不使用图形界面运行引擎并提供其 API，直到收到 SIGTERM 或 SIGINT。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address and port to serve on (default 127.0.0.1:%1; port 0 = any free port).</source>
        <translation>提供服务的地址和端口（默认 127.0.0.1:%1；端口 0 表示任意空闲端口）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address:port</source>
        <translation>地址:端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs at once (default: 2 × cores).</source>
        <translation>可同时进行的运行数（默认：2 × CPU 核数）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished runs kept per job, for jobs that set none (default: no limit).</source>
        <translation>每个作业保留的已结束运行数，用于未自行设置的作业（默认：不限）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long finished runs are kept, for jobs that set nothing (default: 90d).</source>
        <translation>已结束运行的保留时长，用于未自行设置的作业（默认：90d）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total size of all logs kept; the oldest go first (default: no limit).</source>
        <translation>保留的全部日志的总大小；超出时先删除最旧的（默认：不限）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--slots: &apos;%1&apos; is not a number of at least 1</source>
        <translation>--slots: “%1”不是大于或等于 1 的数字</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--keep-runs: &apos;%1&apos; is not a number</source>
        <translation>--keep-runs: “%1”不是数字</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--listen: &apos;%1&apos; is not ADDRESS:PORT (e.g. 127.0.0.1:8611)</source>
        <translation>--listen: “%1”不是 ADDRESS:PORT 格式（例如 127.0.0.1:8611）</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>takt: serving on %1 (data: %2)
</source>
        <translation>takt: 正在 %1 上提供服务（数据：%2）
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>takt: stopped
</source>
        <translation>takt: 已停止
</translation>
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
    <name>Desktop</name>
    <message>
        <location filename="../app/gui/desktop.cpp" line="+58"/>
        <location line="+18"/>
        <source>Takt</source>
        <translation>Takt</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Cannot create the data directory %1.</source>
        <translation>无法创建数据目录 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Takt cannot start its engine: %1.

Use that engine, or choose another data directory in the settings.</source>
        <translation>Takt 无法启动其引擎：%1。

请改用那个引擎，或在设置中选择其他数据目录。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The engine could not start: %1</source>
        <translation>引擎无法启动：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>API on %1</source>
        <translation>API 地址：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API not served: %1</source>
        <translation>未提供 API：%1</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <location filename="../views/common/displayformat.cpp" line="+28"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
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
    <name>PanelAction</name>
    <message>
        <location filename="../views/common/panelaction.cpp" line="+23"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
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
        <translation>本地引擎 — %1</translation>
    </message>
    <message>
        <location filename="../engine/api/remoteengine.cpp" line="+52"/>
        <source>the server&apos;s answer is not a JSON object: %1</source>
        <translation>服务器的响应不是 JSON 对象：%1</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>no answer within %1 s</source>
        <translation>%1 秒内无响应</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot reach %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 answered HTTP %2 %3</source>
        <translation>%1 返回了 HTTP %2 %3</translation>
    </message>
    <message>
        <location line="+29"/>
        <location filename="../engine/scheduler/enginecore.cpp" line="+189"/>
        <location filename="../engine/store/store.cpp" line="+100"/>
        <source>a job needs a name</source>
        <translation>作业需要一个名称</translation>
    </message>
    <message>
        <location filename="../engine/core/duration.cpp" line="+16"/>
        <source>&apos;%1&apos; is not a duration; write e.g. 30s, 5m, 1h30m, 250ms or 2d</source>
        <translation>“%1”不是时长；请写成例如 30s、5m、1h30m、250ms 或 2d</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../engine/core/modeljson.cpp" line="+62"/>
        <location filename="../engine/scheduler/enginecore.cpp" line="+33"/>
        <location filename="../engine/store/store.cpp" line="+9"/>
        <source>a duration cannot be negative</source>
        <translation>时长不能为负数</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&apos;%1&apos; is too long</source>
        <translation>“%1”过长</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&apos;%1&apos; is not a size; write e.g. 500M, 10G or a number of bytes</source>
        <translation>“%1”不是大小；请写成例如 500M、10G 或字节数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is too large</source>
        <translation>“%1”过大</translation>
    </message>
    <message>
        <location filename="../engine/core/modeljson.cpp" line="-46"/>
        <source>must be %1</source>
        <translation>必须是%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not between %2 and %3</source>
        <translation>%1 不在 %2 到 %3 之间</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a duration such as &quot;30s&quot; or a number of seconds</source>
        <translation>时长（如 &quot;30s&quot;）或秒数</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../engine/server/apiserver.cpp" line="+362"/>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>“%1”不是以下值之一：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown field</source>
        <translation>未知字段</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>must be an ISO-8601 date-time</source>
        <translation>必须是 ISO-8601 日期时间</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+4"/>
        <source>a string or an array of strings</source>
        <translation>字符串或字符串数组</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an object of strings</source>
        <translation>值均为字符串的对象</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a number from 0 to 1</source>
        <translation>0 到 1 之间的数字</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>an array of exit codes 0-255</source>
        <translation>由 0-255 的退出码组成的数组</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>unknown run state</source>
        <translation>未知的运行状态</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>unknown trigger</source>
        <translation>未知的触发方式</translation>
    </message>
    <message>
        <location filename="../engine/executor/processexecutor.cpp" line="+178"/>
        <source>supervisor died without recording an exit status (was the machine restarted?)</source>
        <translation>supervisor 未记录退出状态就终止了（机器是否重启过？）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>supervisor was killed by signal %1 without recording an exit status</source>
        <translation>supervisor 被信号 %1 终止，未记录退出状态</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write to the attempt directory &apos;%1&apos;</source>
        <translation>无法写入尝试目录“%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>takt-supervisor &apos;%1&apos; rejected its arguments</source>
        <translation>takt-supervisor“%1”拒绝了传入的参数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>supervisor died without recording an exit status</source>
        <translation>supervisor 未记录退出状态就终止了</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>takt-supervisor was not found; set TAKT_SUPERVISOR to its path</source>
        <translation>找不到 takt-supervisor；请将 TAKT_SUPERVISOR 设置为其路径</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <location filename="../engine/scheduler/enginecore.cpp" line="+2"/>
        <location line="+998"/>
        <source>cannot be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>run %1 is already running</source>
        <translation>运行 %1 已在进行中</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>cannot start takt-supervisor &apos;%1&apos;: %2</source>
        <translation>无法启动 takt-supervisor“%1”：%2</translation>
    </message>
    <message>
        <location filename="../engine/schedule/crondescriber.cpp" line="+67"/>
        <source>%1 and %2</source>
        <translation>%1和%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+167"/>
        <location line="+92"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location line="-238"/>
        <source>Sunday</source>
        <translation>周日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monday</source>
        <translation>周一</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuesday</source>
        <translation>周二</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wednesday</source>
        <translation>周三</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thursday</source>
        <translation>周四</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Friday</source>
        <translation>周五</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>周六</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>January</source>
        <translation>1月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>February</source>
        <translation>2月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>March</source>
        <translation>3月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>April</source>
        <translation>4月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>June</source>
        <translation>6月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>July</source>
        <translation>7月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>August</source>
        <translation>8月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>September</source>
        <translation>9月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>October</source>
        <translation>10月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>November</source>
        <translation>11月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>December</source>
        <translation>12月</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>first</source>
        <translation>第一个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>second</source>
        <translation>第二个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>third</source>
        <translation>第三个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fourth</source>
        <translation>第四个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fifth</source>
        <translation>第五个</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+240"/>
        <location line="+45"/>
        <source>%1 through %2</source>
        <translation>%1至%2</translation>
    </message>
    <message>
        <location line="-284"/>
        <source>%1 through %2 every %3</source>
        <translation>%1至%2间每 %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+269"/>
        <source>every %1</source>
        <translation>每%1</translation>
    </message>
    <message>
        <location line="-200"/>
        <source>%1 or %2</source>
        <translation>%1或%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every day at %1</source>
        <translation>每天 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>every second</source>
        <translation>每秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every %1 seconds</source>
        <translation>每 %1 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every %1 seconds from second %2 through %3</source>
        <translation>第 %2 至 %3 秒间每 %1 秒</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>at 1 second past the minute</source>
        <translation>每分钟的第 1 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at %1 seconds past the minute</source>
        <translation>每分钟的第 %1 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at seconds %1</source>
        <translation>每分钟的第 %1 秒</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>every minute</source>
        <translation>每分钟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every %1 minutes</source>
        <translation>每 %1 分钟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every %1 minutes from minute %2 through %3</source>
        <translation>第 %2 至 %3 分钟间每 %1 分钟</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>every hour</source>
        <translation>每小时</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>every %1 hours</source>
        <translation>每 %1 小时</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>every hour from %1 through %2</source>
        <translation>%1 至 %2 每小时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every %1 hours from %2 through %3</source>
        <translation>%2 至 %3 每 %1 小时</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>on the hour, during hours %1</source>
        <translation>%1 点整</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at 1 minute past the hour</source>
        <translation>每小时的第 1 分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at %1 minutes past the hour</source>
        <translation>每小时的第 %1 分钟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at minutes %1</source>
        <translation>每小时的第 %1 分钟</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>between %1 and %2</source>
        <translation>%1 至 %2 之间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>during hours %1</source>
        <translation>%1 点时段内</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>every %1 days of the month, starting on day 1</source>
        <translation>每月从1日起每 %1 天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every %1 days from day %2 through %3 of the month</source>
        <translation>每月%2日至%3日间每 %1 天</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>days %1 through %2</source>
        <translation>%1日至%2日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every %1 days from day %2 through %3</source>
        <translation>%2日至%3日间每 %1 天</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the last day</source>
        <translation>最后一天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the day before the last day</source>
        <translation>倒数第二天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the day %1 days before the last day</source>
        <translation>最后一天前 %1 天</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the last weekday</source>
        <translation>最后一个工作日</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the weekday nearest day %1</source>
        <translation>离%1日最近的工作日</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every %1 days</source>
        <translation>每 %1 天</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>day %1</source>
        <translation>%1日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days %1</source>
        <translation>%1日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on %1 of the month</source>
        <translation>每月%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+14"/>
        <location line="+20"/>
        <source>on %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>only on %1</source>
        <translation>仅在%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the %1 %2 of the month</source>
        <translation>每月%1%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the last %1 of the month</source>
        <translation>每月最后一个%1</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+11"/>
        <source>only in %1</source>
        <translation>仅在%1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>every %1 years, starting in 1970</source>
        <translation>从 1970 年起每 %1 年</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in %1</source>
        <translation>%1 年</translation>
    </message>
    <message>
        <location filename="../engine/schedule/cronexpression.cpp" line="+59"/>
        <location filename="../engine/schedule/schedule.cpp" line="+11"/>
        <source>the schedule is empty</source>
        <translation>计划为空</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown alias &apos;%1&apos;; use @yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly, @every or @at</source>
        <translation>未知的别名“%1”；请使用 @yearly、@annually、@monthly、@weekly、@daily、@midnight、@hourly、@every 或 @at</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 takes no arguments</source>
        <translation>%1 不接受参数</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected 5, 6 or 7 fields, got %1</source>
        <translation>应为 5、6 或 7 个字段，实际为 %1 个</translation>
    </message>
    <message>
        <location filename="../engine/schedule/cronfieldparser.cpp" line="+29"/>
        <source>&apos;%1&apos; has an empty list item</source>
        <translation>“%1”中有空的列表项</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+158"/>
        <source>&apos;?&apos; is only allowed in day-of-month and day-of-week</source>
        <translation>“?”只能用于 day-of-month 和 day-of-week</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>&apos;?&apos; cannot be combined with other values</source>
        <translation>“?”不能与其他值组合使用</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&apos;%1&apos; is missing a number</source>
        <translation>“%1”缺少数字</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../engine/server/apiserver.cpp" line="-277"/>
        <source>%1 is out of range %2-%3</source>
        <translation>%1 超出范围 %2-%3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&apos;%1&apos; is not a month; use 1-12 or JAN-DEC</source>
        <translation>“%1”不是月份；请使用 1-12 或 JAN-DEC</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not a day of the week; use 0-7 or SUN-SAT</source>
        <translation>“%1”不是星期几；请使用 0-7 或 SUN-SAT</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&apos;#&apos; is only allowed in day-of-week</source>
        <translation>“#”只能用于 day-of-week</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a valid # form; write e.g. MON#2 for the second Monday</source>
        <translation>“%1”不是有效的 # 写法；例如用 MON#2 表示第二个周一</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>occurrence %1 in &apos;%2&apos; is out of range 1-5</source>
        <translation>“%2”中的序号 %1 超出范围 1-5</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 in &apos;%2&apos; is out of range 1-30</source>
        <translation>“%2”中的 %1 超出范围 1-30</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not a valid L form; use L, L-3 or LW</source>
        <translation>“%1”不是有效的 L 写法；请使用 L、L-3 或 LW</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; is not a valid W form; W needs a single day, e.g. 15W</source>
        <translation>“%1”不是有效的 W 写法；W 需要单个日期，例如 15W</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;L&apos; in day-of-week needs a weekday, e.g. 5L or FRIL for the last Friday</source>
        <translation>day-of-week 中的“L”需要指定星期几，例如用 5L 或 FRIL 表示最后一个周五</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;?&apos; must stand alone</source>
        <translation>“?”必须单独使用</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;W&apos; is only allowed in day-of-month</source>
        <translation>“W”只能用于 day-of-month</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;L&apos; is only allowed in day-of-month and day-of-week</source>
        <translation>“L”只能用于 day-of-month 和 day-of-week</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;%1&apos; has more than one step</source>
        <translation>“%1”包含多个步长</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>step &apos;%1&apos; is not a number</source>
        <translation>步长“%1”不是数字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>step 0 is not allowed; a step must be at least 1</source>
        <translation>不允许步长为 0；步长至少为 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>step %1 is out of range 1-%2</source>
        <translation>步长 %1 超出范围 1-%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is not a valid range; write e.g. 1-5</source>
        <translation>“%1”不是有效的范围；请写成例如 1-5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>range %1-%2 is reversed; write the smaller value first</source>
        <translation>范围 %1-%2 的顺序颠倒；请把较小的值写在前面</translation>
    </message>
    <message>
        <location filename="../engine/schedule/intervalschedule.cpp" line="+15"/>
        <source>@every needs an interval, e.g. @every 5m</source>
        <translation>@every 需要一个间隔，例如 @every 5m</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>@every needs an interval of at least 1s, got %1</source>
        <translation>@every 的间隔至少为 1s，实际为 %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Every day</source>
        <translation>每天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every %1 days</source>
        <translation>每 %1 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every hour</source>
        <translation>每小时</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 hours</source>
        <translation>每 %1 小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every minute</source>
        <translation>每分钟</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 minutes</source>
        <translation>每 %1 分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every second</source>
        <translation>每秒</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 seconds</source>
        <translation>每 %1 秒</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every %1</source>
        <translation>每 %1</translation>
    </message>
    <message>
        <location filename="../engine/schedule/oneshotschedule.cpp" line="+21"/>
        <source>@at needs a date and time, e.g. @at 2027-01-01T09:00:00</source>
        <translation>@at 需要日期和时间，例如 @at 2027-01-01T09:00:00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is not a date and time; write e.g. 2027-01-01T09:00:00</source>
        <translation>“%1”不是日期时间；请写成例如 2027-01-01T09:00:00</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Once at %1</source>
        <translation>仅在 %1 运行一次</translation>
    </message>
    <message>
        <location filename="../engine/scheduler/enginecore.cpp" line="-1166"/>
        <source>the engine is not running</source>
        <translation>引擎未在运行</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>&apos;%1&apos; is not a valid name: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (up to 100, starting with a letter or digit)</source>
        <translation>“%1”不是有效的名称：请使用字母、数字、“.”、“_”和“-”（最多 100 个字符，以字母或数字开头）</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../engine/server/apiserver.cpp" line="+21"/>
        <source>unknown time zone &apos;%1&apos;</source>
        <translation>未知的时区“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a job needs a command to run</source>
        <translation>作业需要一条要运行的命令</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is not an absolute path</source>
        <translation>“%1”不是绝对路径</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not a valid variable name</source>
        <translation>“%1”不是有效的变量名</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>cancelled before it started</source>
        <translation>在启动前被取消</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>skipped: the previous run was still active (overlap policy skip)</source>
        <translation>已跳过：上一次运行仍在进行（重叠策略 skip）</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>the attempt ended without recording an exit status</source>
        <translation>该次尝试结束时未记录退出状态</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>missed while the engine was stopped or the job paused (misfire policy %1)</source>
        <translation>在引擎停止或作业暂停期间错过（错过策略 %1）</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>cannot create the attempt directory &apos;%1&apos;</source>
        <translation>无法创建尝试目录“%1”</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>cannot create the data directory &apos;%1&apos;</source>
        <translation>无法创建数据目录“%1”</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>no job named &apos;%1&apos;</source>
        <translation>没有名为“%1”的作业</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../engine/store/store.cpp" line="+22"/>
        <source>a job named &apos;%1&apos; already exists</source>
        <translation>名为“%1”的作业已存在</translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>job &apos;%1&apos; has %n active run(s); cancel them first</source>
        <translation>
            <numerusform>作业“%1”有 %n 个未结束的运行；请先取消</numerusform>
        </translation>
    </message>
    <message>
        <location line="+110"/>
        <source>run %1 has already ended (%2)</source>
        <translation>运行 %1 已结束（%2）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>run %1 has no attempt %2</source>
        <translation>运行 %1 没有第 %2 次尝试</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <location filename="../engine/server/accesstoken.cpp" line="+22"/>
        <source>no access token at %1</source>
        <translation>%1 处没有访问令牌</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../engine/server/serverinfo.cpp" line="+36"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is empty</source>
        <translation>%1 为空</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../engine/server/serverinfo.cpp" line="+20"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../engine/server/apiserver.cpp" line="-23"/>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>“%1”不是整数</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is not a run id</source>
        <translation>“%1”不是运行 ID</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&apos;%1&apos; is not an ISO-8601 date-time</source>
        <translation>“%1”不是 ISO-8601 日期时间</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a job spec (a JSON object) is required</source>
        <translation>需要提供作业定义（JSON 对象）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>malformed JSON at offset %1: %2</source>
        <translation>偏移量 %1 处的 JSON 格式错误：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be a JSON object</source>
        <translation>必须是 JSON 对象</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>no such route</source>
        <translation>没有此路由</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the request body is larger than %1 bytes</source>
        <translation>请求体超过 %1 字节</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>an access token is required (Authorization: Bearer &lt;token&gt;)</source>
        <translation>需要访问令牌（Authorization: Bearer &lt;token&gt;）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the access token is not valid</source>
        <translation>访问令牌无效</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no such route: %1</source>
        <translation>没有此路由：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not allowed here; use %2</source>
        <translation>此处不允许 %1；请使用 %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown query parameter</source>
        <translation>未知的查询参数</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>route has no handler</source>
        <translation>路由没有处理程序</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&apos;%1&apos; does not match the job name in the path, &apos;%2&apos;</source>
        <translation>“%1”与路径中的作业名称“%2”不一致</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>a schedule expression is required</source>
        <translation>需要提供计划表达式</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>cannot listen on %1: %2</source>
        <translation>无法在 %1 上监听：%2</translation>
    </message>
    <message>
        <location filename="../engine/server/enginehost.cpp" line="+27"/>
        <source>another engine (pid %1) is using %2</source>
        <translation>另一个引擎（PID %1）正在使用 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot lock %1</source>
        <translation>无法锁定 %1</translation>
    </message>
    <message>
        <location filename="../engine/server/serverinfo.cpp" line="-22"/>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a valid server file</source>
        <translation>%1 不是有效的服务器文件</translation>
    </message>
    <message>
        <location filename="../engine/store/store.cpp" line="-63"/>
        <source>the stored spec of job %1 is damaged: %2</source>
        <translation>作业 %1 存储的定义已损坏：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the stored spec of job %1 cannot be read: %2</source>
        <translation>无法读取作业 %1 存储的定义：%2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>the spec of job &apos;%1&apos; cannot be stored as given</source>
        <translation>作业“%1”的定义无法按原样存储</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+431"/>
        <source>there is no job with id %1</source>
        <translation>不存在 ID 为 %1 的作业</translation>
    </message>
    <message>
        <location line="-398"/>
        <source>run %1 has an unknown state &apos;%2&apos;</source>
        <translation>运行 %1 的状态“%2”未知</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>run %1 has an unknown trigger &apos;%2&apos;</source>
        <translation>运行 %1 的触发方式“%2”未知</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>there is no run with id %1</source>
        <translation>不存在 ID 为 %1 的运行</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 is not a schema version (1-%2)</source>
        <translation>%1 不是有效的 schema 版本（1-%2）</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>a nested transaction</source>
        <translation>嵌套事务</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>a transaction is already open</source>
        <translation>已有一个打开的事务</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>adding the job &apos;%1&apos;</source>
        <translation>添加作业“%1”</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>updating the job &apos;%1&apos;</source>
        <translation>更新作业“%1”</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>pausing or resuming job %1</source>
        <translation>暂停或恢复作业 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>setting the next fire time of job %1</source>
        <translation>设置作业 %1 的下次触发时间</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>deleting job %1</source>
        <translation>删除作业 %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>reading the job &apos;%1&apos;</source>
        <translation>读取作业“%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there is no job named &apos;%1&apos;</source>
        <translation>不存在名为“%1”的作业</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>reading job %1</source>
        <translation>读取作业 %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>listing the jobs</source>
        <translation>列出作业</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+18"/>
        <source>reading the versions of job %1</source>
        <translation>读取作业 %1 的版本</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>adding a run of job %1</source>
        <translation>为作业 %1 添加运行</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>job &apos;%1&apos; already has a scheduled run for %2</source>
        <translation>作业“%1”在 %2 已有一次计划运行</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>updating run %1</source>
        <translation>更新运行 %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>reading run %1</source>
        <translation>读取运行 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a page holds at least 1 run, not %1</source>
        <translation>每页至少包含 1 个运行，而不是 %1 个</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>listing runs</source>
        <translation>列出运行</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>listing runs by state</source>
        <translation>按状态列出运行</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>reading the attempts of run %1</source>
        <translation>读取运行 %1 的各次尝试</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>reading the finished runs</source>
        <translation>读取已结束的运行</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>reading the runs that ended before %1</source>
        <translation>读取在 %1 之前结束的运行</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>deleting %n run(s)</source>
        <translation>
            <numerusform>删除 %n 个运行</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+13"/>
        <source>reading the last scheduled run of job %1</source>
        <translation>读取作业 %1 最近一次计划运行</translation>
    </message>
    <message>
        <location filename="../engine/store/store_p.cpp" line="+45"/>
        <location line="+53"/>
        <location line="+10"/>
        <source>cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>it is a folder, not a file</source>
        <translation>这是文件夹，而不是文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the folder %1 is not writable (%2)</source>
        <translation>文件夹 %1 不可写（%2）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file cannot be opened for writing (%1)</source>
        <translation>无法以写入方式打开该文件（%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file is not a database</source>
        <translation>该文件不是数据库</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a database connection needs a name</source>
        <translation>数据库连接需要一个名称</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a database connection named &apos;%1&apos; is already open</source>
        <translation>名为“%1”的数据库连接已打开</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the Qt SQL driver %1 is not installed</source>
        <translation>未安装 Qt SQL 驱动 %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>setting up the connection</source>
        <translation>设置连接</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>reading the schema version</source>
        <translation>读取 schema 版本</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the database %1 is not a Takt database: it has tables but no schema_migrations</source>
        <translation>数据库 %1 不是 Takt 数据库：其中有表，但没有 schema_migrations</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the database %1 has schema version %2, but this version of Takt knows versions up to %3 only: open it with a newer Takt</source>
        <translation>数据库 %1 的 schema 版本为 %2，但此版本的 Takt 最高只支持版本 %3：请用更新版本的 Takt 打开</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot migrate the database %1 to schema version %2 (%3): %4</source>
        <translation>无法将数据库 %1 迁移到 schema 版本 %2（%3）：%4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>migrating</source>
        <translation>迁移</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>%1 failed: %2</source>
        <translation>%1失败：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>starting a transaction</source>
        <translation>开始事务</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>committing</source>
        <translation>提交</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>rolling back</source>
        <translation>回滚</translation>
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
        <translation>引擎已断开连接。</translation>
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
    <name>Takt::ErrorBar</name>
    <message>
        <location filename="../views/common/errorbar.cpp" line="+23"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
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
        <translation>无法读取作业：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only when started by hand</source>
        <translation>仅手动启动</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Could not read the runs of &apos;%1&apos;: %2</source>
        <translation>无法读取“%1”的运行：%2</translation>
    </message>
    <message>
        <location line="+115"/>
        <location line="+28"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Never run</source>
        <translation>从未运行</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location filename="../views/jobs/jobsview.cpp" line="+128"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n d ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../views/jobs/jobsview.cpp" line="-1"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Active</source>
        <translation>活动</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No schedule: the job runs when started by hand</source>
        <translation>无计划：此作业在手动启动时运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expression: %1
Time zone: %2</source>
        <translation>表达式：%1
时区：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this machine&apos;s</source>
        <translation>本机时区</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not understood: %1</source>
        <translation>无法解析：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paused: nothing runs until the job is resumed</source>
        <translation>已暂停：恢复作业前不会运行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No run is due</source>
        <translation>没有待执行的运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in %2
%3 here</source>
        <translation>%1（%2）
本地时间 %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>#%1 %2 at %3</source>
        <translation>#%1 %2，%3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Paused: scheduled runs do not start</source>
        <translation>已暂停：计划的运行不会启动</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active: runs start on schedule</source>
        <translation>活动：按计划启动运行</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule</source>
        <translation>计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next run</source>
        <translation>下次运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last result</source>
        <translation>上次结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent</source>
        <translation>最近</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The last %n finished runs, oldest on the left</source>
        <translation>
            <numerusform>最近 %n 次已结束的运行，最早的在左侧</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Takt::JobsView</name>
    <message>
        <location filename="../views/jobs/jobsview.cpp" line="-93"/>
        <source>Delete job</source>
        <translation>删除作业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the job “%1”?</source>
        <translation>要删除作业“%1”吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its runs and their logs are deleted with it. This cannot be undone.</source>
        <translation>其运行记录和日志将一并删除。此操作无法撤销。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+40"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run now</source>
        <translation>立即运行</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+200"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Filter by name, description or schedule</source>
        <translation>按名称、描述或计划筛选</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not start &apos;%1&apos;: %2</source>
        <translation>无法启动“%1”：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Started run #%1 of %2</source>
        <translation>已启动 %2 的运行 #%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not pause &apos;%1&apos;: %2</source>
        <translation>无法暂停“%1”：%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not resume &apos;%1&apos;: %2</source>
        <translation>无法恢复“%1”：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paused %1</source>
        <translation>已暂停 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resumed %1</source>
        <translation>已恢复 %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not delete &apos;%1&apos;: %2</source>
        <translation>无法删除“%1”：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted %1</source>
        <translation>已删除 %1</translation>
    </message>
</context>
<context>
    <name>Takt::LineStreamer</name>
    <message>
        <location filename="../views/log/linestreamer.cpp" line="+55"/>
        <source>The log is no longer available.</source>
        <translation>日志已不可用。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reading the log was cancelled.</source>
        <translation>已取消读取日志。</translation>
    </message>
</context>
<context>
    <name>Takt::LogSaver</name>
    <message>
        <location filename="../views/log/logsaver.cpp" line="+28"/>
        <source>A save is already running.</source>
        <translation>已有保存操作正在进行。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+33"/>
        <location line="+7"/>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saving was cancelled.</source>
        <translation>已取消保存。</translation>
    </message>
</context>
<context>
    <name>Takt::LogSearchBar</name>
    <message>
        <location filename="../views/log/logsearchbar.cpp" line="+22"/>
        <source>Find in log</source>
        <translation>在日志中查找</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Aa</source>
        <translation>Aa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>上一个匹配项（Shift+Enter、Shift+F3）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next match (Enter, F3)</source>
        <translation>下一个匹配项（Enter、F3）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Searching the log</source>
        <translation>正在搜索日志</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop searching</source>
        <translation>停止搜索</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close the find bar (Esc)</source>
        <translation>关闭查找栏（Esc）</translation>
    </message>
</context>
<context>
    <name>Takt::LogView</name>
    <message>
        <location filename="../views/log/logview.cpp" line="+59"/>
        <source>E</source>
        <extracomment>The one-letter gutter mark of a line the command wrote to stderr</extracomment>
        <translation>E</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T</source>
        <extracomment>The one-letter gutter mark of a line Takt itself wrote (started, exited, killed …)</extracomment>
        <translation>T</translation>
    </message>
    <message>
        <location line="+353"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;Timestamps</source>
        <translation>显示时间戳(&amp;T)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>stderr</source>
        <translation>stderr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Takt</source>
        <translation>Takt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>stdout</source>
        <translation>stdout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1 · %2 · %3</source>
        <translation>第 %1 行 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>Takt::LogViewer</name>
    <message>
        <location filename="../views/log/logviewer.cpp" line="+52"/>
        <source>Follow</source>
        <translation>跟随</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the newest lines in view while the run writes them</source>
        <translation>运行写入新行时，始终显示最新的行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timestamps</source>
        <translation>时间戳</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show when each line was written (local time)</source>
        <translation>显示每行的写入时间（本地时间）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Find in the log (Ctrl+F)</source>
        <translation>在日志中查找（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the selected lines as plain text (Ctrl+C)</source>
        <translation>将选中的行复制为纯文本（Ctrl+C）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save As…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the log to a file, as plain text or raw</source>
        <translation>将日志保存到文件，可保存为纯文本或原始格式</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Indexing %p%</source>
        <translation>正在建立索引 %p%</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saving %p%</source>
        <translation>正在保存 %p%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop saving</source>
        <translation>停止保存</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Copied the first %1 lines; use Save As for the whole log.</source>
        <translation>已复制前 %1 行；如需完整日志，请使用“另存为”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copied 1 line.</source>
        <translation>已复制 1 行。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copied %1 lines.</source>
        <translation>已复制 %1 行。</translation>
    </message>
    <message>
        <location line="+393"/>
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2</translation>
    </message>
    <message>
        <location line="-377"/>
        <location line="+72"/>
        <source>Cannot read the log: %1</source>
        <translation>无法读取日志：%1</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>No engine is connected.</source>
        <translation>未连接引擎。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The run has not started yet.</source>
        <translation>运行尚未开始。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Showing attempt %1, the retry that just started.</source>
        <translation>正在显示第 %1 次尝试，即刚刚开始的重试。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 lines · %2</source>
        <translation>%1 行 · %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save Log As</source>
        <translation>日志另存为</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plain text, without colours (*.txt)</source>
        <translation>纯文本，不含颜色 (*.txt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raw log, with times and streams (*.log)</source>
        <translation>原始日志，含时间和流 (*.log)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no log to save.</source>
        <translation>没有可保存的日志。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A save is already running.</source>
        <translation>已有保存操作正在进行。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>1 match</source>
        <translation>1 个匹配项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 matches</source>
        <translation>%1 个匹配项</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No matches</source>
        <translation>无匹配项</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (stopped)</source>
        <translation>%1（已停止）</translation>
    </message>
</context>
<context>
    <name>Takt::MainWindow</name>
    <message>
        <location filename="../views/main/mainwindow.cpp" line="+35"/>
        <source>Takt — %1</source>
        <translation>Takt — %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Jobs</source>
        <translation>作业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs</source>
        <translation>运行</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Jobs</source>
        <translation>作业(&amp;J)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Runs</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Takt</source>
        <translation>关于 Takt(&amp;A)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Log #%1</source>
        <translation>日志 #%1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saved job %1 (version %2)</source>
        <translation>已保存作业 %1（版本 %2）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Some settings take effect after a restart of Takt.</source>
        <translation>部分设置将在 Takt 重启后生效。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Nothing running</source>
        <translation>当前没有运行</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n running</source>
        <translation>
            <numerusform>%n 个正在运行</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Takt::RunsModel</name>
    <message>
        <location filename="../views/runs/runsmodel.cpp" line="+34"/>
        <source>Schedule</source>
        <translation>调度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual</source>
        <translation>手动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catch-up</source>
        <translation>补运行</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Could not read the runs: %1</source>
        <translation>无法读取运行：%1</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>signal %1</source>
        <translation>信号 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job</source>
        <translation>作业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trigger</source>
        <translation>触发方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduled</source>
        <translation>计划时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit</source>
        <translation>退出码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempt</source>
        <translation>尝试</translation>
    </message>
</context>
<context>
    <name>Takt::RunsView</name>
    <message>
        <location filename="../views/runs/runsview.cpp" line="+39"/>
        <source>Open log</source>
        <translation>打开日志</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel run</source>
        <translation>取消运行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-run</source>
        <translation>重新运行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All jobs</source>
        <translation>所有作业</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the runs of one job</source>
        <translation>显示某个作业的运行</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show runs in these states</source>
        <translation>显示处于这些状态的运行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom…</source>
        <translation>自定义…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the runs were due</source>
        <translation>运行的计划时间</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>From (inclusive)</source>
        <translation>起始（含）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To (exclusive)</source>
        <translation>截止（不含）</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Catch-up</source>
        <translation>补运行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>signal 15</source>
        <translation>信号 15</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempt</source>
        <translation>尝试</translation>
    </message>
    <message>
        <location line="+81"/>
        <location line="+125"/>
        <source>All states</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Not finished</source>
        <translation>未结束</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems</source>
        <translation>异常</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>%1 states</source>
        <translation>%1 种状态</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>1 run loaded</source>
        <translation>已加载 1 个运行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 runs loaded</source>
        <translation>已加载 %1 个运行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · loading…</source>
        <translation> · 正在加载…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · all shown</source>
        <translation> · 已全部显示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · scroll for more</source>
        <translation> · 滚动以加载更多</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Could not cancel run #%1: %2</source>
        <translation>无法取消运行 #%1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelling run #%1</source>
        <translation>正在取消运行 #%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not start &apos;%1&apos;: %2</source>
        <translation>无法启动“%1”：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Started run #%1 of %2</source>
        <translation>已启动 %2 的运行 #%1</translation>
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
