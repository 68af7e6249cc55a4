<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="+23"/>
        <source>Usage: takt [COMMAND] [options]

Commands:
  serve              run the engine without a display and serve its API
  jobs               create, apply, list, show, delete, pause, resume and run jobs
  runs               list, show and cancel runs
  logs ID [-f]       print a run&apos;s output (-f: follow it live until the run ends)
  tokens             create, list and revoke named access tokens (read-only or full)
  login URL          keep a server&apos;s token for later commands
  backfill NAME --from TIME --to TIME [--parallel N]
                     run a job for every due time of a past range, each once
  nodes              list the nodes of the cluster (PostgreSQL store)
  cron next EXPR     print the next fire times of a schedule

Without a command, takt opens the desktop console (or runs &apos;serve&apos; where there is no display).
Run &apos;takt COMMAND --help&apos; for a command&apos;s options.
Exit codes: 0 done, 1 failed, 2 the command line was not understood.
</source>
        <translation>用法：takt [COMMAND] [选项]

命令：
  serve              不使用图形界面运行引擎并提供其 API
  jobs               创建、应用、列出、显示、删除、暂停、恢复和运行作业
  runs               列出、显示和取消运行
  logs ID [-f]       打印某次运行的输出（-f：实时跟踪，直到运行结束）
  tokens             创建、列出和吊销具名访问令牌（只读或完全权限）
  login URL          保存某个服务器的令牌，供之后的命令使用
  backfill NAME --from TIME --to TIME [--parallel N]
                     对过去某个时间范围内的每个到期时间各运行一次作业
  nodes              列出集群的节点（PostgreSQL 存储）
  cron next EXPR     打印某个计划接下来的触发时间

不带命令时，takt 会打开桌面控制台（在没有图形界面的环境中则运行 &apos;serve&apos;）。
运行 &apos;takt COMMAND --help&apos; 查看命令的选项。
退出码：0 完成，1 失败，2 无法解析命令行。
</translation>
    </message>
    <message>
        <location line="+50"/>
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
        <source>URL of the engine (default: $TAKT_SERVER, else the server of &apos;takt login&apos;, else the local engine of the data directory).</source>
        <translation>引擎的 URL（默认：$TAKT_SERVER，未设置时为 &apos;takt login&apos; 登录的服务器，再否则为数据目录对应的本地引擎）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/servecommand.cpp" line="+81"/>
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
        <location filename="../app/cli/logincommand.cpp" line="+48"/>
        <source>token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust this PEM CA certificate for an https:// server (default: $TAKT_CA_CERT, else the one given to &apos;takt login&apos;).</source>
        <translation>为 https:// 服务器信任此 PEM CA 证书（默认：$TAKT_CA_CERT，未设置时为提供给 &apos;takt login&apos; 的证书）。</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location filename="../app/cli/logscommand.cpp" line="+80"/>
        <location filename="../app/cli/runscommand.cpp" line="+44"/>
        <location filename="../app/cli/servecommand.cpp" line="-11"/>
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
        <source>%1 holds no PEM certificate</source>
        <translation>%1 不包含 PEM 证书</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>no token is saved for %1 any more: run &apos;takt login %1&apos; again (%2)</source>
        <translation>已不再保存 %1 的令牌：请重新运行 &apos;takt login %1&apos;（%2）</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../app/cli/logincommand.cpp" line="+9"/>
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
        <location filename="../app/cli/servecommand.cpp" line="-3"/>
        <location line="+6"/>
        <location line="+12"/>
        <location line="+3"/>
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
        <location line="+113"/>
        <source>A parameter of the run (a workflow&apos;s declared parameter; every task, or the job&apos;s command, gets it as $TAKT_PARAM_KEY). Repeatable.</source>
        <translation>运行的参数（工作流声明的参数；每个任务或作业的命令都会以 $TAKT_PARAM_KEY 的形式获得它）。可重复指定。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KEY=VALUE</source>
        <translation>KEY=VALUE</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--param: &apos;%1&apos; is not KEY=VALUE</source>
        <translation>--param: “%1”不是 KEY=VALUE 格式</translation>
    </message>
    <message>
        <location line="+17"/>
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
  run NAME [--param KEY=VALUE ...]
                     start a run now; prints the run id

Run &apos;takt jobs COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>用法：takt jobs COMMAND [选项]

命令：
  create NAME --schedule EXPR [选项] -- COMMAND [ARGS...]
                     创建作业
  apply -f FILE      按 JSON 作业定义创建或更新作业（&apos;-&apos; 表示标准输入）
  list               列出作业
  show NAME          显示作业详情
  delete NAME        删除作业及其运行记录
  pause NAME         停止调度作业
  resume NAME        重新调度已暂停的作业
  run NAME [--param KEY=VALUE ...]
                     立即启动一次运行；打印运行 ID

运行 &apos;takt jobs COMMAND --help&apos; 查看命令的选项。
</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="-29"/>
        <location filename="../app/cli/jobscommand.cpp" line="-142"/>
        <location filename="../app/cli/logincommand.cpp" line="-7"/>
        <location filename="../app/cli/servecommand.cpp" line="-27"/>
        <location line="+1"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../app/cli/jobscommand.cpp" line="+6"/>
        <source>-f FILE is required</source>
        <translation>必须指定 -f FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/engineconnection.cpp" line="-78"/>
        <location filename="../app/cli/jobscommand.cpp" line="+7"/>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/jobscommand.cpp" line="+2"/>
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
        <location filename="../app/cli/nodescommand.cpp" line="+42"/>
        <location filename="../app/cli/runscommand.cpp" line="-4"/>
        <location filename="../app/cli/tokenscommand.cpp" line="+64"/>
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
        <location filename="../app/cli/nodescommand.cpp" line="+15"/>
        <location filename="../app/cli/runscommand.cpp" line="+165"/>
        <location filename="../app/cli/tokenscommand.cpp" line="+15"/>
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
        <location filename="../app/cli/tokenscommand.cpp" line="+12"/>
        <source>NAME [options]</source>
        <translation>NAME [选项]</translation>
    </message>
    <message>
        <location line="-28"/>
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
        <location line="+5"/>
        <source>NAME [--param KEY=VALUE ...] [options]</source>
        <translation>NAME [--param KEY=VALUE ...] [选项]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts a run of the job now and prints its id.</source>
        <translation>立即启动作业的一次运行，并打印其 ID。</translation>
    </message>
    <message>
        <location line="+70"/>
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
        <location filename="../app/cli/runscommand.cpp" line="-106"/>
        <location line="+80"/>
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
        <location line="+2"/>
        <source>Keep printing as the run writes, through its retries, until it ends; exit with the run&apos;s exit status (128 + n after signal n, 1 when it failed without one).</source>
        <translation>随运行的写入持续打印（包括其各次重试），直到运行结束；以运行的退出状态退出（因信号 n 终止时为 128 + n，失败但没有退出状态时为 1）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>attempt: &apos;%1&apos; is not an attempt number</source>
        <translation>attempt: “%1”不是有效的尝试序号</translation>
    </message>
    <message>
        <location filename="../app/cli/runscommand.cpp" line="-150"/>
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
        <location filename="../app/cli/servecommand.cpp" line="+19"/>
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
        <location filename="../app/cli/nodescommand.cpp" line="-35"/>
        <location line="+2"/>
        <source>%1s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1m</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>+%1 more</source>
        <translation>另有 %1 个</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lists the nodes of the cluster: labels, slots in use, heartbeat age, leader, running runs.</source>
        <translation>列出集群的节点：标签、已用槽位、距上次心跳的时间、领导者、正在进行的运行。</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../app/cli/runscommand.cpp" line="+0"/>
        <location line="+61"/>
        <location line="+17"/>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LEADER</source>
        <translation>领导者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LABELS</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SLOTS</source>
        <translation>槽位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HEARTBEAT</source>
        <translation>心跳</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RUNNING</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>alive</source>
        <translation>存活</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dead</source>
        <translation>失效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leader</source>
        <translation>领导者</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 ago</source>
        <translation>%1前</translation>
    </message>
    <message>
        <location filename="../app/cli/runscommand.cpp" line="-78"/>
        <source>TRIGGER</source>
        <translation>触发方式</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+61"/>
        <location line="+17"/>
        <source>ATTEMPT</source>
        <translation>尝试</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>SCHEDULED</source>
        <translation>计划时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+77"/>
        <source>STARTED</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+60"/>
        <location line="+17"/>
        <source>DURATION</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+77"/>
        <source>EXIT</source>
        <translation>退出码</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Shows a run and its attempts.</source>
        <translation>显示运行及其各次尝试。</translation>
    </message>
    <message>
        <location line="+28"/>
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
        <location line="+2"/>
        <source>re-run of:</source>
        <translation>重新运行自：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>param:</source>
        <translation>参数：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>output:</source>
        <translation>输出：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TASK</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RUN</source>
        <translation>运行</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PEAK RSS</source>
        <translation>峰值 RSS</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>ID [--task NAME] [options]</source>
        <translation>ID [--task NAME] [选项]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs an ended workflow run again as a new run that keeps the results of the old one: from its failed tasks (the succeeded ones are kept), or with --task that task and everything downstream of it. Prints the new run&apos;s id.</source>
        <translation>将已结束的工作流运行作为一次新运行再次执行，并保留旧运行的结果：从其失败的任务开始（已成功的任务会保留），或使用 --task 时从该任务及其所有下游任务开始。打印新运行的 ID。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run this task and its downstream again.</source>
        <translation>重新运行此任务及其下游任务。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Usage: takt runs COMMAND [options]

Commands:
  list [--job NAME] [--state STATE] [--limit N]
                     list runs, newest first
  show ID            show a run and its attempts
  cancel ID          cancel a run that has not ended
  rerun ID [--task NAME]
                     run a workflow run again from its failed tasks (or one task
                     and its downstream); prints the new run id

Run &apos;takt runs COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>用法：takt runs COMMAND [选项]

命令：
  list [--job NAME] [--state STATE] [--limit N]
                     列出运行，最新的在前
  show ID            显示运行及其各次尝试
  cancel ID          取消尚未结束的运行
  rerun ID [--task NAME]
                     从失败的任务（或从某个任务及其下游）开始
                     重新运行工作流运行；打印新运行的 ID

运行 &apos;takt runs COMMAND --help&apos; 查看命令的选项。
</translation>
    </message>
    <message>
        <location line="-79"/>
        <location line="+17"/>
        <source>REASON</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>&apos;%1&apos; is not a run id</source>
        <translation>“%1”不是运行 ID</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>Cancels a run that has not ended (a running attempt is terminated).</source>
        <translation>取消尚未结束的运行（正在进行的尝试会被终止）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>run %1: %2
</source>
        <translation>运行 %1：%2
</translation>
    </message>
    <message>
        <location line="+61"/>
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
        <location filename="../app/cli/servecommand.cpp" line="-26"/>
        <source>[--data DIR] [--listen ADDRESS:PORT] [--tls-cert FILE --tls-key FILE | --insecure]</source>
        <translation>[--data DIR] [--listen ADDRESS:PORT] [--tls-cert FILE --tls-key FILE | --insecure]</translation>
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
        <location line="+2"/>
        <source>Serve HTTPS and WSS with this PEM certificate (chain); needs --tls-key.</source>
        <translation>使用此 PEM 证书（链）提供 HTTPS 和 WSS 服务；需要同时指定 --tls-key。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PEM private key of --tls-cert.</source>
        <translation>--tls-cert 的 PEM 私钥。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allow plain HTTP on an address other than loopback (tokens then cross the network in clear text).</source>
        <translation>允许在回环地址以外的地址上使用明文 HTTP（此时令牌会以明文在网络上传输）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long a client may take to send a request before it is disconnected (default 30s).</source>
        <translation>客户端发送请求的最长时间，超时即断开连接（默认 30s）。</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+2"/>
        <source>The store: a postgresql://user@host:port/db URL shared by the nodes of a cluster (default: DATA/takt.db, SQLite).</source>
        <translation>存储：由集群各节点共享的 postgresql://user@host:port/db URL（默认：DATA/takt.db，SQLite）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This node&apos;s name in the cluster (default: the host name and a hash of the data directory).</source>
        <translation>此节点在集群中的名称（默认：主机名加上数据目录的哈希值）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Labels this node offers to jobs that require them, e.g. gpu,linux.</source>
        <translation>此节点向需要这些标签的作业提供的标签，例如 gpu,linux。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list</source>
        <translation>列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often a cluster node reports it is alive (default: 1s).</source>
        <translation>集群节点报告自身存活的频率（默认：1s）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A node silent this long is declared dead and its runs are retried elsewhere (default: 10s).</source>
        <translation>节点静默超过此时长即被判定为失效，其运行会在其他节点上重试（默认：10s）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--slots: &apos;%1&apos; is not a number of at least 1</source>
        <translation>--slots: “%1”不是大于或等于 1 的数字</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--keep-runs: &apos;%1&apos; is not a number</source>
        <translation>--keep-runs: “%1”不是数字</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--node: &apos;%1&apos; is not a node name: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (up to 63, starting with a letter or digit)</source>
        <translation>--node: “%1”不是有效的节点名称：请使用字母、数字、&apos;.&apos;、&apos;_&apos; 和 &apos;-&apos;（最多 63 个字符，以字母或数字开头）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--labels: &apos;%1&apos; is not a label</source>
        <translation>--labels: “%1”不是有效的标签</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--%1: &apos;%2&apos; is not between 50ms and 1h</source>
        <translation>--%1: “%2”不在 50ms 到 1h 之间</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--node-timeout: must be at least two heartbeats</source>
        <translation>--node-timeout: 必须至少为两个心跳间隔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--listen: &apos;%1&apos; is not ADDRESS:PORT (e.g. 127.0.0.1:8611)</source>
        <translation>--listen: “%1”不是 ADDRESS:PORT 格式（例如 127.0.0.1:8611）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--tls-cert and --tls-key go together</source>
        <translation>--tls-cert 和 --tls-key 必须同时指定</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>refusing to serve plain HTTP on %1, which is not a loopback address: access tokens would cross the network unencrypted. Pass --tls-cert FILE --tls-key FILE to serve HTTPS, or --insecure if the network is trusted.</source>
        <translation>拒绝在 %1 上提供明文 HTTP 服务，因为它不是回环地址：访问令牌将以未加密的形式在网络上传输。请传入 --tls-cert FILE --tls-key FILE 以提供 HTTPS 服务，或在网络可信时传入 --insecure。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--request-timeout: must be between 1ms and 1h</source>
        <translation>--request-timeout: 必须在 1ms 到 1h 之间</translation>
    </message>
    <message>
        <location line="+34"/>
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
    <message>
        <location filename="../app/cli/apirequest.cpp" line="+38"/>
        <location filename="../app/cli/logstream.cpp" line="+117"/>
        <source>cannot reach %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 answered HTTP %2</source>
        <translation>%1 返回了 HTTP %2</translation>
    </message>
    <message>
        <location filename="../app/cli/backfillcommand.cpp" line="+39"/>
        <source>NAME --from TIME --to TIME [--parallel N] [options]</source>
        <translation>NAME --from TIME --to TIME [--parallel N] [选项]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Makes a run (trigger backfill) for every due time of the job&apos;s schedule from --from to --to inclusive, skipping due times that already have a run, and follows them to the end. Times are ISO-8601, local unless they carry Z or an offset.</source>
        <translation>为作业计划中从 --from 到 --to（含两端）的每个到期时间创建一次运行（触发方式 backfill），跳过已有运行的到期时间，并跟踪这些运行直到结束。时间采用 ISO-8601 格式，除非带有 Z 或偏移量，否则按本地时间解释。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first time of the range.</source>
        <translation>范围的起始时间。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The last time of the range.</source>
        <translation>范围的结束时间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most N of the runs at once (default 1; 0 = no limit).</source>
        <translation>最多同时进行 N 个运行（默认 1；0 表示不限）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the runs and return at once.</source>
        <translation>创建运行后立即返回。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--from: &apos;%1&apos; is not an ISO-8601 time</source>
        <translation>--from: “%1”不是 ISO-8601 时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--to: &apos;%1&apos; is not an ISO-8601 time</source>
        <translation>--to: “%1”不是 ISO-8601 时间</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--parallel: &apos;%1&apos; is not a number of runs</source>
        <translation>--parallel: “%1”不是有效的运行数</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>backfill of %1: %n run(s) made</source>
        <translation>
            <numerusform>%1 的回填：已创建 %n 个运行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n due time(s) already had a run
</source>
        <translation>
            <numerusform>，%n 个到期时间已有运行
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1/%2 done, %3 running, %4 failed</source>
        <translation>%1/%2 已完成，%3 个运行中，%4 个失败</translation>
    </message>
    <message>
        <location filename="../app/cli/logincommand.cpp" line="-5"/>
        <source>URL [--token TOKEN] [--ca-cert FILE]</source>
        <translation>URL [--token TOKEN] [--ca-cert FILE]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks a token against the server at URL and keeps it, so that later commands without --server use that server. Without --token the token is read from stdin.</source>
        <translation>向 URL 处的服务器验证令牌并将其保存，使之后未指定 --server 的命令使用该服务器。未指定 --token 时，从标准输入读取令牌。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The access token (from &apos;takt tokens create&apos;).</source>
        <translation>访问令牌（来自 &apos;takt tokens create&apos;）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust this PEM CA certificate for the server, now and in later commands.</source>
        <translation>为该服务器信任此 PEM CA 证书，现在及之后的命令均适用。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Token for %1: </source>
        <translation>%1 的令牌： </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no token was given</source>
        <translation>未提供令牌</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>takt: logged in to %1; the token is kept in %2
</source>
        <translation>takt: 已登录到 %1；令牌保存在 %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/loginrecord.cpp" line="+36"/>
        <source>cannot create the directory of %1</source>
        <translation>无法创建 %1 所在的目录</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/logstream.cpp" line="-5"/>
        <source>the server closed the events socket: %1</source>
        <translation>服务器关闭了事件套接字：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>lost %1 and could not reconnect: %2</source>
        <translation>与 %1 的连接已断开且无法重新连接：%2</translation>
    </message>
    <message>
        <location filename="../app/cli/tokenscommand.cpp" line="-72"/>
        <source>Usage: takt tokens COMMAND [options]

Named access tokens of an engine. Each is shown once, when it is made; the engine keeps only a hash.

Commands:
  create NAME [--read-only]   make a token (read-only: may look, may not change anything)
  list                        the tokens, when made and last used
  revoke NAME                 stop a token at once (its open event sockets are closed)
</source>
        <translation>用法：takt tokens COMMAND [选项]

引擎的具名访问令牌。每个令牌仅在创建时显示一次；引擎只保存其哈希值。

命令：
  create NAME [--read-only]   创建令牌（只读：可以查看，但不能更改任何内容）
  list                        列出令牌及其创建时间和最后使用时间
  revoke NAME                 立即吊销令牌（其已打开的事件套接字会被关闭）
</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>NAME [--read-only] [options]</source>
        <translation>NAME [--read-only] [选项]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Makes an access token and prints it once; the engine keeps only its hash.</source>
        <translation>创建访问令牌并仅打印一次；引擎只保存其哈希值。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The token may read everything but change nothing.</source>
        <translation>该令牌可读取所有内容，但不能做任何更改。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>takt: tokens create: &apos;%1&apos; (%2) made; this is the only time it is shown
</source>
        <translation>takt: tokens create: 已创建“%1”（%2）；令牌只会显示这一次
</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>full access</source>
        <translation>完全访问</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lists the named access tokens.</source>
        <translation>列出已命名的访问令牌。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ACCESS</source>
        <translation>权限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CREATED</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LAST USED</source>
        <translation>上次使用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>full</source>
        <translation>完全</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Revokes a named access token: it stops working at once.</source>
        <translation>吊销指定的访问令牌：该令牌立即失效。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>takt: tokens: a command is required
</source>
        <translation>takt: tokens: 需要指定命令
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>takt: tokens: unknown command &apos;%1&apos;
</source>
        <translation>takt: tokens: 未知命令“%1”
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
    <name>DagCommands</name>
    <message>
        <location filename="../views/dag/dagcommands.cpp" line="+23"/>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Connect %1 → %2</source>
        <translation>连接 %1 → %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Edit %1 of %2</source>
        <translation>编辑 %2 的 %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Edit workflow %1</source>
        <translation>编辑工作流 %1</translation>
    </message>
</context>
<context>
    <name>DagProblems</name>
    <message>
        <location filename="../views/dag/dagproblems.cpp" line="+71"/>
        <source>%1.name: a task needs a name</source>
        <translation>%1.name：任务需要名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1.name: duplicate task &quot;%2&quot;</source>
        <translation>%1.name：任务“%2”重复</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1.workflow: task &quot;%2&quot; needs the name of a workflow job to run</source>
        <translation>%1.workflow：任务“%2”需要指定要运行的工作流作业名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1.command: task &quot;%2&quot; needs a command</source>
        <translation>%1.command：任务“%2”需要命令</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1.onFailure: &quot;%2&quot; is not a handler task</source>
        <translation>%1.onFailure：“%2”不是处理任务</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>workflow.edges[%1]: handler &quot;%2&quot; cannot have edges</source>
        <translation>workflow.edges[%1]：处理任务“%2”不能有连线</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>workflow.onFailure: &quot;%1&quot; is not a handler task</source>
        <translation>workflow.onFailure：“%1”不是处理任务</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>workflow.edges: cycle %1</source>
        <translation>workflow.edges：存在环路 %1</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <location filename="../app/gui/desktop.cpp" line="+78"/>
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
    <name>GanttChart</name>
    <message>
        <location filename="../views/dag/ganttchart.cpp" line="+44"/>
        <location line="+2"/>
        <source>%L1 s</source>
        <translation>%L1 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%L1 min</source>
        <translation>%L1 分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 h</source>
        <translation>%L1 小时</translation>
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
        <location filename="../engine/api/remoteengine.cpp" line="+55"/>
        <source>the server&apos;s answer is not a JSON object: %1</source>
        <translation>服务器的响应不是 JSON 对象：%1</translation>
    </message>
    <message>
        <location line="+112"/>
        <location filename="../engine/api/remoteevents.cpp" line="+43"/>
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
        <location filename="../engine/scheduler/enginecore.cpp" line="+271"/>
        <location filename="../engine/store/store.cpp" line="+117"/>
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
        <location filename="../engine/scheduler/enginecore.cpp" line="+44"/>
        <location filename="../engine/store/store.cpp" line="+9"/>
        <location filename="../engine/workflow/workflow.cpp" line="+139"/>
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
        <location filename="../engine/server/apiserver.cpp" line="+454"/>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>“%1”不是以下值之一：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../engine/server/apiserver.cpp" line="-270"/>
        <location line="+419"/>
        <source>unknown field</source>
        <translation>未知字段</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+3"/>
        <source>an array of strings</source>
        <translation>字符串数组</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+247"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>an array of tasks</source>
        <translation>任务数组</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an array of {&quot;from&quot;, &quot;to&quot;}</source>
        <translation>由 {&quot;from&quot;, &quot;to&quot;} 组成的数组</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be an object {&quot;from&quot;: task, &quot;to&quot;: task}</source>
        <translation>必须是对象 {&quot;from&quot;: task, &quot;to&quot;: task}</translation>
    </message>
    <message>
        <location line="+43"/>
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
        <location line="+304"/>
        <source>an array of runs</source>
        <translation>由运行组成的数组</translation>
    </message>
    <message>
        <location line="-549"/>
        <location line="+253"/>
        <location filename="../engine/server/apiserver.cpp" line="-173"/>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <location line="-257"/>
        <location line="+261"/>
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
        <location line="+43"/>
        <location line="+5"/>
        <source>an array of labels (non-empty, without &apos;,&apos; or spaces)</source>
        <translation>标签数组（不能为空，不含“,”或空格）</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../engine/scheduler/enginecore.cpp" line="+5"/>
        <source>placement &apos;sharded&apos; needs the number of shards (1 to 1000)</source>
        <translation>placement 为“sharded”时需要指定分片数（1 至 1000）</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../engine/scheduler/enginecore.cpp" line="+2"/>
        <source>only a job with placement &apos;sharded&apos; has shards</source>
        <translation>只有 placement 为“sharded”的作业才有分片</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>unknown run state</source>
        <translation>未知的运行状态</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>unknown trigger</source>
        <translation>未知的触发方式</translation>
    </message>
    <message>
        <location filename="../engine/executor/processexecutor.cpp" line="+368"/>
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
        <location filename="../engine/scheduler/enginecore.cpp" line="-5"/>
        <location line="+1731"/>
        <location line="+722"/>
        <location filename="../engine/workflow/workflow.cpp" line="-41"/>
        <location line="+43"/>
        <source>cannot be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>run %1 is already running</source>
        <translation>运行 %1 已在进行中</translation>
    </message>
    <message>
        <location line="-280"/>
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
        <location filename="../engine/server/apiserver.cpp" line="-316"/>
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
        <location filename="../engine/scheduler/enginecore.cpp" line="-2701"/>
        <source>the engine is not running</source>
        <translation>引擎未在运行</translation>
    </message>
    <message>
        <location line="+205"/>
        <source>&apos;%1&apos; is not a valid name: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (up to 100, starting with a letter or digit)</source>
        <translation>“%1”不是有效的名称：请使用字母、数字、“.”、“_”和“-”（最多 100 个字符，以字母或数字开头）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>workflows run on a single engine; this engine is a node of a cluster</source>
        <translation>工作流只能在单个引擎上运行；此引擎是集群中的一个节点</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../engine/server/apiserver.cpp" line="+21"/>
        <source>unknown time zone &apos;%1&apos;</source>
        <translation>未知的时区“%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a workflow runs its tasks: give either &quot;command&quot; or &quot;workflow&quot;, not both</source>
        <translation>工作流运行的是其中的任务：&quot;command&quot; 和 &quot;workflow&quot; 只能指定其一，不能同时指定</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a job needs a command to run</source>
        <translation>作业需要一条要运行的命令</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../engine/workflow/workflow.cpp" line="-8"/>
        <source>&apos;%1&apos; is not an absolute path</source>
        <translation>“%1”不是绝对路径</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../engine/workflow/workflow.cpp" line="+3"/>
        <source>&apos;%1&apos; is not a valid variable name</source>
        <translation>“%1”不是有效的变量名</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; is not a label: use no spaces or &apos;,&apos;</source>
        <translation>“%1”不是有效的标签：不能包含空格或“,”</translation>
    </message>
    <message>
        <location line="+109"/>
        <location line="+1033"/>
        <source>cancelled before it started</source>
        <translation>在启动前被取消</translation>
    </message>
    <message>
        <location line="-888"/>
        <location line="+728"/>
        <source>skipped: the previous run was still active (overlap policy skip)</source>
        <translation>已跳过：上一次运行仍在进行（重叠策略 skip）</translation>
    </message>
    <message>
        <location line="-591"/>
        <source>the attempt ended without recording an exit status</source>
        <translation>该次尝试结束时未记录退出状态</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+22"/>
        <source>missed while the engine was stopped or the job paused (misfire policy %1)</source>
        <translation>在引擎停止或作业暂停期间错过（错过策略 %1）</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>cannot create the attempt directory &apos;%1&apos;</source>
        <translation>无法创建尝试目录“%1”</translation>
    </message>
    <message>
        <location line="+172"/>
        <source>branch chose &quot;%1&quot;, which is not a task right after it (%2)</source>
        <translation>分支选择了“%1”，但它不是紧随其后的任务（%2）</translation>
    </message>
    <message>
        <location line="+263"/>
        <source>run %1 was given to another node</source>
        <translation>运行 %1 已分配给另一个节点</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>cannot read the log from node %1: %2</source>
        <translation>无法从节点 %1 读取日志：%2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>cannot create the data directory &apos;%1&apos;</source>
        <translation>无法创建数据目录“%1”</translation>
    </message>
    <message>
        <location line="+283"/>
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
        <location line="+59"/>
        <source>job &apos;%1&apos; has %n active run(s); cancel them first</source>
        <translation>
            <numerusform>作业“%1”有 %n 个未结束的运行；请先取消</numerusform>
        </translation>
    </message>
    <message>
        <location line="+75"/>
        <source>no live node offers the labels of job &apos;%1&apos;</source>
        <translation>没有存活的节点提供作业“%1”所需的标签</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>run %1 has already ended (%2)</source>
        <translation>运行 %1 已结束（%2）</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../engine/server/logsubscription.cpp" line="+48"/>
        <source>run %1 has no attempt %2</source>
        <translation>运行 %1 没有第 %2 次尝试</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the node that ran attempt %1 of run %2 serves no API</source>
        <translation>执行运行 %2 第 %1 次尝试的节点未提供 API</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>this engine is not part of a cluster (its store is not PostgreSQL)</source>
        <translation>此引擎不属于集群（其存储不是 PostgreSQL）</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>job %1 has no version %2</source>
        <translation>作业 %1 没有版本 %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+459"/>
        <source>run %1 is not a workflow run</source>
        <translation>运行 %1 不是工作流运行</translation>
    </message>
    <message>
        <location line="-329"/>
        <source>skipped by its trigger rule %1</source>
        <translation>已按其触发规则 %1 跳过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped: branch &quot;%1&quot; did not choose it</source>
        <translation>已跳过：分支“%1”未选择它</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an upstream task failed (trigger rule %1)</source>
        <translation>上游任务失败（触发规则 %1）</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the workflow&apos;s failure handler</source>
        <translation>工作流的失败处理任务</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>compensating for failed task &quot;%1&quot;</source>
        <translation>为失败的任务“%1”执行补偿</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a task could not run because an upstream task failed</source>
        <translation>由于上游任务失败，有任务无法运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed task(s): %1</source>
        <translation>失败的任务：%1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>there is no job named &quot;%1&quot; to run as a sub-workflow</source>
        <translation>没有名为“%1”的作业可作为子工作流运行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>job &quot;%1&quot; is not a workflow</source>
        <translation>作业“%1”不是工作流</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>recursion: %1 → %2 would run itself</source>
        <translation>递归：%1 → %2 会运行其自身</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot start the sub-workflow &quot;%1&quot;: %2</source>
        <translation>无法启动子工作流“%1”：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waits for run %1 of &quot;%2&quot;</source>
        <translation>等待“%2”的运行 %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>sub-workflow run %1 of &quot;%2&quot;: %3</source>
        <translation>“%2”的子工作流运行 %1：%3</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>TAKT_OUTPUT: %1 (ignored)</source>
        <translation>TAKT_OUTPUT：%1（已忽略）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>workflow &apos;%1&apos; has no parameter &apos;%2&apos; (it has: %3)</source>
        <translation>工作流“%1”没有参数“%2”（现有参数：%3）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; is not a valid parameter name</source>
        <translation>“%1”不是有效的参数名</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>run %1 is still %2; re-run it once it has ended</source>
        <translation>运行 %1 仍处于 %2 状态；请在其结束后再重新运行</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>run %1 has no failed task; name a task to run it and its downstream again</source>
        <translation>运行 %1 没有失败的任务；请指定一个任务，以重新运行它及其下游任务</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>workflow &apos;%1&apos; has no task &apos;%2&apos;</source>
        <translation>工作流“%1”没有任务“%2”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is a handler: it runs when a task fails</source>
        <translation>“%1”是处理任务：它在有任务失败时运行</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the job of run %1 no longer exists</source>
        <translation>运行 %1 所属的作业已不存在</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>kept from run %1</source>
        <translation>沿用自运行 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept from run %1: %2</source>
        <translation>沿用自运行 %1：%2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>job &apos;%1&apos; has no schedule to backfill</source>
        <translation>作业“%1”没有可回填的计划</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a start time is required</source>
        <translation>需要指定开始时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the end is before the start</source>
        <translation>结束时间早于开始时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a backfill covers the past: %1 has not come yet</source>
        <translation>回填只针对过去：%1 尚未到来</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the range holds more than %1 due times; backfill it in parts</source>
        <translation>该范围内的到期时间超过 %1 个；请分段回填</translation>
    </message>
    <message>
        <location filename="../engine/server/accesstoken.cpp" line="+23"/>
        <source>no access token at %1</source>
        <translation>%1 处没有访问令牌</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../engine/server/apiserver.cpp" line="+612"/>
        <location line="+8"/>
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
        <location filename="../engine/api/credentialstore.cpp" line="+49"/>
        <source>cannot create the directory %1</source>
        <translation>无法创建目录 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <location filename="../engine/server/accesstoken.cpp" line="+20"/>
        <location filename="../engine/server/serverinfo.cpp" line="+20"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the desktop keyring (Secret Service)</source>
        <translation>桌面密钥环（Secret Service）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file %1, readable only by you</source>
        <translation>文件 %1（仅您本人可读）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a server URL</source>
        <translation>“%1”不是服务器 URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the token is empty</source>
        <translation>令牌为空</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the keyring refused the token: %1</source>
        <translation>密钥环拒绝了该令牌：%1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the keyring did not answer: %1</source>
        <translation>密钥环没有响应：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no token is kept for %1</source>
        <translation>未保存 %1 的令牌</translation>
    </message>
    <message>
        <location filename="../engine/server/apiserver.cpp" line="-643"/>
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
        <location line="+14"/>
        <source>malformed JSON at offset %1: %2</source>
        <translation>偏移量 %1 处的 JSON 格式错误：%2</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+14"/>
        <source>must be a JSON object</source>
        <translation>必须是 JSON 对象</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>no such WebSocket route: %1</source>
        <translation>没有这样的 WebSocket 路由：%1</translation>
    </message>
    <message>
        <location line="+35"/>
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
        <source>the token &apos;%1&apos; is read-only: it cannot change anything</source>
        <translation>令牌“%1”是只读的：不能做任何更改</translation>
    </message>
    <message>
        <location filename="../engine/server/authenticator.cpp" line="+24"/>
        <source>an access token is required (Authorization: Bearer &lt;token&gt;)</source>
        <translation>需要访问令牌（Authorization: Bearer &lt;token&gt;）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the access token is not valid</source>
        <translation>访问令牌无效</translation>
    </message>
    <message>
        <location filename="../engine/server/apiserver.cpp" line="+8"/>
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
        <location line="+31"/>
        <source>this route is a WebSocket: send &apos;Upgrade: websocket&apos;</source>
        <translation>此路由是 WebSocket：请发送 &apos;Upgrade: websocket&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>route has no handler</source>
        <translation>路由没有处理程序</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&apos;%1&apos; does not match the job name in the path, &apos;%2&apos;</source>
        <translation>“%1”与路径中的作业名称“%2”不一致</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>must be an object of strings</source>
        <translation>必须是值均为字符串的对象</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>a schedule expression is required</source>
        <translation>需要提供计划表达式</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>must be a JSON object: {&quot;name&quot;: ..., &quot;read_only&quot;: false}</source>
        <translation>必须是 JSON 对象：{&quot;name&quot;: ..., &quot;read_only&quot;: false}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a token name (a string) is required</source>
        <translation>需要令牌名称（字符串）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not a token name: 1-64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>“%1”不是有效的令牌名称：应为 1-64 个字母、数字、“.”、“_”或“-”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is the data directory&apos;s own token</source>
        <translation>“%1”是数据目录自身的令牌</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the token &apos;%1&apos; was revoked</source>
        <translation>令牌“%1”已被吊销</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>must be a whole number, 0 or more</source>
        <translation>必须是大于或等于 0 的整数</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>must be a task name</source>
        <translation>必须是任务名称</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>cannot listen on %1: %2</source>
        <translation>无法在 %1 上监听：%2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 中没有 PEM 证书</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 holds no unencrypted PEM private key (RSA or EC)</source>
        <translation>%1 中没有未加密的 PEM 私钥（RSA 或 EC）</translation>
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
        <location line="+461"/>
        <source>there is no job with id %1</source>
        <translation>不存在 ID 为 %1 的作业</translation>
    </message>
    <message>
        <location line="-405"/>
        <source>run %1 has an unknown state &apos;%2&apos;</source>
        <translation>运行 %1 的状态“%2”未知</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>run %1 has an unknown trigger &apos;%2&apos;</source>
        <translation>运行 %1 的触发方式“%2”未知</translation>
    </message>
    <message>
        <location filename="../engine/cluster/clusterstore.cpp" line="+146"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>cannot read the leader&apos;s term</source>
        <translation>无法读取领导者的任期</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>term %1 has passed (now %2): this node no longer leads</source>
        <translation>任期 %1 已过去（当前为 %2）：此节点不再是领导者</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot announce run changes</source>
        <translation>无法通知运行变更</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot read runs</source>
        <translation>无法读取运行</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cannot make a run of job %1</source>
        <translation>无法为作业 %1 创建运行</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+348"/>
        <source>cannot record attempt %1 of run %2</source>
        <translation>无法记录运行 %2 的第 %1 次尝试</translation>
    </message>
    <message>
        <location line="-331"/>
        <location line="+471"/>
        <source>cannot record run %1</source>
        <translation>无法记录运行 %1</translation>
    </message>
    <message>
        <location line="-460"/>
        <source>cannot count the runs of node %1</source>
        <translation>无法统计节点 %1 的运行数</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&apos;%1&apos; is not a PostgreSQL URL (postgresql://user@host:port/database)</source>
        <translation>“%1”不是 PostgreSQL URL（postgresql://user@host:port/database）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+241"/>
        <source>cannot read the database&apos;s clock</source>
        <translation>无法读取数据库的时钟</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>cannot make the cluster secret</source>
        <translation>无法生成集群密钥</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read the cluster secret</source>
        <translation>无法读取集群密钥</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot join the cluster as &apos;%1&apos;</source>
        <translation>无法以“%1”身份加入集群</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot leave the cluster</source>
        <translation>无法退出集群</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot send the heartbeat</source>
        <translation>无法发送心跳</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot record the node&apos;s API address</source>
        <translation>无法记录节点的 API 地址</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot list the nodes</source>
        <translation>无法列出节点</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot list the running runs</source>
        <translation>无法列出正在进行的运行</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot take the lead</source>
        <translation>无法成为领导者</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot read the leader</source>
        <translation>无法读取领导者</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot free the leader&apos;s lock</source>
        <translation>无法释放领导者锁</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot end the sessions of node &apos;%1&apos;</source>
        <translation>无法结束节点“%1”的会话</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cannot move the next due time of job %1</source>
        <translation>无法推进作业 %1 的下一个到期时间</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>job %1 changed while its due time was being fired</source>
        <translation>作业 %1 在触发其到期时间时发生了更改</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot fire job %1</source>
        <translation>无法触发作业 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>this due time has a run already</source>
        <translation>此到期时间已有运行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot make a run</source>
        <translation>无法创建运行</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot declare nodes dead</source>
        <translation>无法将节点标记为失效</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the node running it stopped sending heartbeats</source>
        <translation>运行它的节点已停止发送心跳</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot look for dead nodes</source>
        <translation>无法查找失效节点</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+12"/>
        <location line="+27"/>
        <location line="+15"/>
        <source>cannot claim runs</source>
        <translation>无法认领运行</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+8"/>
        <location line="+6"/>
        <source>cannot cancel run %1</source>
        <translation>无法取消运行 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot read cancel requests</source>
        <translation>无法读取取消请求</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot count the active runs</source>
        <translation>无法统计活动的运行数</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot read the active runs</source>
        <translation>无法读取活动运行</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot find where run %1 ran</source>
        <translation>无法找到运行 %1 的执行位置</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../engine/store/store.cpp" line="+33"/>
        <source>there is no run with id %1</source>
        <translation>不存在 ID 为 %1 的运行</translation>
    </message>
    <message>
        <location filename="../engine/store/store.cpp" line="+21"/>
        <source>%1 is not a schema version (1-%2)</source>
        <translation>%1 不是有效的 schema 版本（1-%2）</translation>
    </message>
    <message>
        <location line="+41"/>
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
        <location line="+32"/>
        <source>reading the job &apos;%1&apos;</source>
        <translation>读取作业“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no job named &apos;%1&apos;</source>
        <translation>不存在名为“%1”的作业</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>reading job %1</source>
        <translation>读取作业 %1</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location line="+38"/>
        <source>workflow run %1 already has a run of task &apos;%2&apos;</source>
        <translation>工作流运行 %1 已有任务“%2”的运行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>job &apos;%1&apos; already has a scheduled run for %2</source>
        <translation>作业“%1”在 %2 已有一次计划运行</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>updating run %1</source>
        <translation>更新运行 %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>reading run %1</source>
        <translation>读取运行 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a page holds at least 1 run, not %1</source>
        <translation>每页至少包含 1 个运行，而不是 %1 个</translation>
    </message>
    <message>
        <location line="+61"/>
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
        <location line="+13"/>
        <source>deleting the task runs of %n run(s)</source>
        <translation>
            <numerusform>删除 %n 个运行的任务运行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>deleting %n run(s)</source>
        <translation>
            <numerusform>删除 %n 个运行</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>reading which runs exist</source>
        <translation>读取哪些运行仍然存在</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>reading the runs of workflow run %1</source>
        <translation>读取工作流运行 %1 下的各个运行</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+13"/>
        <source>reading the last scheduled run of job %1</source>
        <translation>读取作业 %1 最近一次计划运行</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>there is no token named &apos;%1&apos;</source>
        <translation>没有名为“%1”的令牌</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>adding the token &apos;%1&apos;</source>
        <translation>添加令牌“%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a token named &apos;%1&apos; already exists</source>
        <translation>名为“%1”的令牌已存在</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>listing the tokens</source>
        <translation>列出令牌</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>looking up a token</source>
        <translation>查找令牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no such token</source>
        <translation>没有此令牌</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>revoking the token &apos;%1&apos;</source>
        <translation>吊销令牌“%1”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>noting the use of the token &apos;%1&apos;</source>
        <translation>记录令牌“%1”的使用</translation>
    </message>
    <message>
        <location filename="../engine/store/store_p.cpp" line="+56"/>
        <location line="+60"/>
        <location line="+92"/>
        <source>cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <location line="-149"/>
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
        <location line="+40"/>
        <source>%1 is not a PostgreSQL URL with a database name, such as postgresql://takt@db.example.com:5432/takt</source>
        <translation>%1 不是包含数据库名称的 PostgreSQL URL，例如 postgresql://takt@db.example.com:5432/takt</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>cannot connect to PostgreSQL at %1:%2 (database %3): %4</source>
        <translation>无法连接到 %1:%2 上的 PostgreSQL（数据库 %3）：%4</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+238"/>
        <source>setting up the connection</source>
        <translation>设置连接</translation>
    </message>
    <message>
        <location line="-200"/>
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
        <location line="+111"/>
        <source>%1 failed: %2</source>
        <translation>%1失败：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>starting a transaction</source>
        <translation>开始事务</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>committing</source>
        <translation>提交</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>rolling back</source>
        <translation>回滚</translation>
    </message>
    <message>
        <location filename="../engine/api/engineapi.cpp" line="+20"/>
        <source>this engine does not run workflows</source>
        <translation>此引擎不运行工作流</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>this engine is not part of a cluster</source>
        <translation>此引擎不属于任何集群</translation>
    </message>
    <message>
        <location filename="../engine/api/remoteevents.cpp" line="-9"/>
        <source>no answer to pings for %1 s</source>
        <translation>%1 秒内未响应 ping</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>the server refused the token: %1</source>
        <translation>服务器拒绝了令牌：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the connection was closed</source>
        <translation>连接已关闭</translation>
    </message>
    <message>
        <location filename="../engine/cluster/leaderlock.cpp" line="+49"/>
        <source>cannot connect for the leader lock: %1</source>
        <translation>无法连接以获取领导者锁：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot try the leader lock: %1</source>
        <translation>无法尝试获取领导者锁：%1</translation>
    </message>
    <message>
        <location filename="../engine/server/connectionguard.cpp" line="+62"/>
        <source>the request is larger than %1 bytes</source>
        <translation>请求超过 %1 字节</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the request did not arrive within %1 s</source>
        <translation>请求未在 %1 秒内到达</translation>
    </message>
    <message>
        <location filename="../engine/server/eventsession.cpp" line="+39"/>
        <source>must be a whole number of at least 0</source>
        <translation>必须是大于或等于 0 的整数</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>frames are JSON text, not binary</source>
        <translation>帧必须是 JSON 文本，而不是二进制数据</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>resume must be the first frame</source>
        <translation>resume 必须是第一帧</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;%1&apos; is not one of: resume, subscribeLog, unsubscribeLog</source>
        <translation>“%1”不是以下值之一：resume、subscribeLog、unsubscribeLog</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be the epoch string of an earlier hello</source>
        <translation>必须是之前某次 hello 中的 epoch 字符串</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>must be a run id</source>
        <translation>必须是运行 ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is out of range</source>
        <translation>超出范围</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>at most %1 logs can be followed at once</source>
        <translation>最多只能同时跟随 %1 个日志</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the client does not read its events</source>
        <translation>客户端未读取其事件</translation>
    </message>
    <message>
        <location filename="../engine/workflow/workflow.cpp" line="-40"/>
        <source>a workflow needs at least one task</source>
        <translation>工作流至少需要一个任务</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; is not a valid parameter name: use letters, digits and &apos;_&apos;</source>
        <translation>“%1”不是有效的参数名：请使用字母、数字和“_”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a task needs a name</source>
        <translation>任务需要一个名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is not a valid task name: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>“%1”不是有效的任务名称：请使用字母、数字、“.”、“_”和“-”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duplicate task &quot;%1&quot;</source>
        <translation>重复的任务“%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a workflow task needs the name of the workflow job to run</source>
        <translation>工作流任务需要指定要运行的工作流作业的名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a workflow task runs a workflow, not a command</source>
        <translation>工作流任务运行的是工作流，而不是命令</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>task &quot;%1&quot; runs its own workflow &quot;%2&quot;: a workflow cannot run itself</source>
        <translation>任务“%1”运行的是其所在的工作流“%2”：工作流不能运行自身</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>task &quot;%1&quot; needs a command to run</source>
        <translation>任务“%1”需要一条要运行的命令</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only a task of kind &quot;workflow&quot; runs a workflow</source>
        <translation>只有类型为 &quot;workflow&quot; 的任务才能运行工作流</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+9"/>
        <location line="+13"/>
        <source>unknown task &quot;%1&quot;</source>
        <translation>未知的任务“%1”</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a handler: give it &quot;kind&quot;: &quot;handler&quot;</source>
        <translation>“%1”不是处理任务：请为其设置 &quot;kind&quot;: &quot;handler&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>handler &quot;%1&quot; cannot have edges: it runs when a task fails</source>
        <translation>处理任务“%1”不能有连线：它在任务失败时运行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>duplicate edge %1 → %2</source>
        <translation>重复的连线 %1 → %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cycle %1</source>
        <translation>存在循环依赖 %1</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>output beyond %1 bytes ignored (%2 bytes written)</source>
        <translation>超出 %1 字节的输出已忽略（共写入 %2 字节）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>line %1: no &apos;=&apos; in &quot;%2&quot;</source>
        <translation>第 %1 行：“%2”中没有“=”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line %1: &quot;%2&quot; is not a valid key</source>
        <translation>第 %1 行：“%2”不是有效的键</translation>
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
    <name>Takt::ConnectDialog</name>
    <message>
        <location filename="../views/connect/connectdialog.cpp" line="+25"/>
        <source>Connect to server</source>
        <translation>连接到服务器</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the server&apos;s access token (takt serve prints where it is)</source>
        <translation>服务器的访问令牌（takt serve 会打印其所在位置）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token will be kept in %1.</source>
        <translation>令牌将保存在 %1 中。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;oken:</source>
        <translation>令牌(&amp;O)：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Server: enter the server&apos;s URL.</source>
        <translation>服务器：请输入服务器的 URL。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server: &apos;%1&apos; is not an http:// or https:// URL.</source>
        <translation>服务器：“%1”不是 http:// 或 https:// URL。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Token: enter the server&apos;s access token.</source>
        <translation>令牌：请输入服务器的访问令牌。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Asking %1…</source>
        <translation>正在询问 %1…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 refused the token: %2</source>
        <translation>%1 拒绝了该令牌：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 answered; jobs there: %2.</source>
        <translation>%1 已响应；其上的作业：%2。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connected, but the token could not be kept: %1</source>
        <translation>已连接，但无法保存令牌：%1</translation>
    </message>
</context>
<context>
    <name>Takt::ConnectionBanner</name>
    <message>
        <location filename="../views/connect/connectionbanner.cpp" line="+43"/>
        <source>Connection to %1 lost — reconnecting… The views show the last data read and cannot change anything until the engine is back.</source>
        <translation>与 %1 的连接已断开 — 正在重新连接… 视图显示的是最后读取到的数据，在引擎恢复之前无法进行任何更改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
</context>
<context>
    <name>Takt::DagEditor</name>
    <message>
        <location filename="../views/dag/dageditor.cpp" line="+131"/>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch</source>
        <translation>分支</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-workflow</source>
        <translation>子工作流</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handler</source>
        <translation>处理任务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add:</source>
        <translation>添加：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+192"/>
        <source>Arrange</source>
        <translation>自动排列</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>撤销 %1（Ctrl+Z）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Redo %1 (Ctrl+Shift+Z)</source>
        <translation>重做 %1（Ctrl+Shift+Z）</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>A task cannot depend on itself.</source>
        <translation>任务不能依赖自身。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 → %2 is already connected.</source>
        <translation>%1 → %2 已经连接。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Handlers run when a task fails and take no edges: name them in a task&apos;s “On failure run”.</source>
        <translation>处理任务在任务失败时运行，不接受连线：请在任务的“失败时运行”中指定它们。</translation>
    </message>
</context>
<context>
    <name>Takt::DagNodeItem</name>
    <message>
        <location filename="../views/dag/dagnodeitem.cpp" line="+178"/>
        <source>command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>branch</source>
        <translation>分支</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sub-workflow</source>
        <translation>子工作流</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failure handler</source>
        <translation>失败处理任务</translation>
    </message>
</context>
<context>
    <name>Takt::DagRunView</name>
    <message>
        <location filename="../views/dag/dagrunview.cpp" line="+38"/>
        <source>Loading run #%1…</source>
        <translation>正在加载运行 #%1…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Re-run failed tasks</source>
        <translation>重新运行失败的任务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new run that keeps the tasks that succeeded and runs the others</source>
        <translation>新建一次运行：保留已成功的任务，运行其余任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-run from selected task</source>
        <translation>从所选任务重新运行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new run of the selected task and everything downstream of it</source>
        <translation>新建一次运行：运行所选任务及其所有下游任务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Task %1 has not run in this run.</source>
        <translation>任务 %1 在此次运行中未运行。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Could not re-run #%1: %2</source>
        <translation>无法重新运行 #%1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Started run #%1, a re-run of #%2</source>
        <translation>已启动运行 #%1（#%2 的重新运行）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Run #%1 cannot be shown: %2</source>
        <translation>无法显示运行 #%1：%2</translation>
    </message>
    <message>
        <location line="+118"/>
        <source> · started %1</source>
        <translation> · 开始于 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · took %1</source>
        <translation> · 耗时 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; run #%2 — &lt;span style=&quot;color:%3&quot;&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/span&gt;%5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 运行 #%2 — &lt;span style=&quot;color:%3&quot;&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/span&gt;%5</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outputs</source>
        <translation>输出</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
</context>
<context>
    <name>Takt::DagScene</name>
    <message>
        <location filename="../views/dag/dagscene.cpp" line="+167"/>
        <source>%1 runs %2 when it fails</source>
        <translation>%1 失败时运行 %2</translation>
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
        <location filename="../views/log/enginelogsource.cpp" line="+56"/>
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
    <name>Takt::GanttChart</name>
    <message>
        <location filename="../views/dag/ganttchart.cpp" line="+82"/>
        <source>No task has started yet.</source>
        <translation>尚无任务开始运行。</translation>
    </message>
</context>
<context>
    <name>Takt::JobEditor</name>
    <message>
        <location filename="../views/editor/jobeditor.cpp" line="+88"/>
        <source>&amp;General</source>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+419"/>
        <source>Co&amp;mmand</source>
        <translation>命令(&amp;M)</translation>
    </message>
    <message>
        <location line="-418"/>
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
        <location line="+22"/>
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
        <location line="+14"/>
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
        <location line="+6"/>
        <source>One command</source>
        <translation>单个命令</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A workflow of tasks (DAG)</source>
        <translation>由任务组成的工作流（DAG）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The job &amp;runs:</source>
        <translation>作业运行内容(&amp;R)：</translation>
    </message>
    <message>
        <location line="+29"/>
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
        <location line="+96"/>
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
        <location line="+8"/>
        <source>a workflow needs at least one task</source>
        <translation>工作流至少需要一个任务</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a job needs a command to run</source>
        <translation>作业需要一条要运行的命令</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not an absolute path</source>
        <translation>“%1”不是绝对路径</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&apos;%1&apos; is not an exit code</source>
        <translation>“%1”不是退出码</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Wor&amp;kflow</source>
        <translation>工作流(&amp;K)</translation>
    </message>
    <message>
        <location line="+18"/>
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
        <location filename="../views/jobs/jobsmodel.cpp" line="+101"/>
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
        <location line="+203"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="-200"/>
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
        <location line="+179"/>
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
        <location filename="../views/main/mainwindow.cpp" line="+306"/>
        <source>Takt — %1</source>
        <translation>Takt — %1</translation>
    </message>
    <message>
        <location line="-255"/>
        <source>Jobs</source>
        <translation>作业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs</source>
        <translation>运行</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Nodes</source>
        <translation>节点</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Connect to server…</source>
        <translation>连接到服务器(&amp;C)…</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+26"/>
        <source>Workflow run #%1</source>
        <translation>工作流运行 #%1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved job %1 (version %2)</source>
        <translation>已保存作业 %1（版本 %2）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Some settings take effect after a restart of Takt.</source>
        <translation>部分设置将在 Takt 重启后生效。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Remote engine %1</source>
        <translation>远程引擎 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takt — %1 (reconnecting…)</source>
        <translation>Takt — %1（正在重新连接…）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — connection lost, reconnecting…</source>
        <translation>%1 — 连接已断开，正在重新连接…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reconnecting…</source>
        <translation>正在重新连接…</translation>
    </message>
    <message>
        <location line="+6"/>
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
    <name>Takt::NodesModel</name>
    <message>
        <location filename="../views/nodes/nodesmodel.cpp" line="+15"/>
        <location line="+2"/>
        <source>%1 s ago</source>
        <translation>%1 秒前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min ago</source>
        <translation>%1 分钟前</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>alive</source>
        <translation>在线</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dead</source>
        <translation>离线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leader</source>
        <translation>领导者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>API: %1 — incarnation %2</source>
        <translation>API：%1 — 实例代次 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leader</source>
        <translation>领导者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slots used</source>
        <translation>已用槽位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heartbeat</source>
        <translation>心跳</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running runs</source>
        <translation>进行中的运行</translation>
    </message>
</context>
<context>
    <name>Takt::NodesView</name>
    <message>
        <location filename="../views/nodes/nodesview.cpp" line="+54"/>
        <source>Cannot read the nodes: %1</source>
        <translation>无法读取节点：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n node(s), %1 alive</source>
        <translation>
            <numerusform>%n 个节点，%1 个在线</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — no leader right now</source>
        <translation>%1 — 当前没有领导者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2 leads</source>
        <translation>%1 — 领导者：%2</translation>
    </message>
</context>
<context>
    <name>Takt::PaletteButton</name>
    <message>
        <location filename="../views/dag/palettebutton.cpp" line="+23"/>
        <source>Click to add next to the selected task, or drag onto the canvas</source>
        <translation>单击可添加到所选任务旁，或拖动到画布上</translation>
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
        <location line="+95"/>
        <source>Could not read the runs: %1</source>
        <translation>无法读取运行：%1</translation>
    </message>
    <message>
        <location line="+180"/>
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
        <location line="+92"/>
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
        <location line="+64"/>
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
    <name>Takt::TaskPanel</name>
    <message>
        <location filename="../views/dag/taskpanel.cpp" line="+46"/>
        <source>The job&apos;s default</source>
        <translation>作业的默认值</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never</source>
        <translation>不重试</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When the task runs, given how its upstream tasks ended.</source>
        <translation>根据上游任务的结束情况决定此任务何时运行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>handler tasks, e.g. undo-extract</source>
        <translation>处理任务，例如 undo-extract</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the workflow job to run</source>
        <translation>要运行的工作流作业</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mmand:</source>
        <translation>命令(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Workflow job:</source>
        <translation>工作流作业(&amp;W)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wor&amp;king directory:</source>
        <translation>工作目录(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Environment:</source>
        <translation>环境变量(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timeout:</source>
        <translation>超时(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retr&amp;ies:</source>
        <translation>重试次数(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;rigger rule:</source>
        <translation>触发规则(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On &amp;failure run:</source>
        <translation>失败时运行(&amp;F)：</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Command task</source>
        <translation>命令任务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branch task — its command writes next=a,b to $TAKT_OUTPUT to choose which downstream tasks run</source>
        <translation>分支任务 — 其命令向 $TAKT_OUTPUT 写入 next=a,b，以选择运行哪些下游任务</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sub-workflow task — runs another workflow job</source>
        <translation>子工作流任务 — 运行另一个工作流作业</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failure handler — runs when a task naming it fails; takes no edges</source>
        <translation>失败处理任务 — 在指定它的任务失败时运行；不接受连线</translation>
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
<context>
    <name>Takt::WorkflowPanel</name>
    <message>
        <location filename="../views/dag/workflowpanel.cpp" line="+18"/>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tasks see each parameter as TAKT_PARAM_&lt;NAME&gt;; a run can override the defaults.</source>
        <translation>任务通过 TAKT_PARAM_&lt;NAME&gt; 读取各个参数；运行时可以覆盖默认值。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add tasks from the palette above (click, or drag onto the canvas), drag from a task&apos;s right-hand port to another task to connect them, and select a task to edit it here.</source>
        <translation>从上方的组件面板添加任务（单击，或拖动到画布上），从任务右侧的端口拖动到另一个任务即可将二者连接，选中任务即可在此处编辑。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tasks at &amp;once:</source>
        <translation>最大并发任务数(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the workflow &amp;fails, run:</source>
        <translation>工作流失败时运行(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Parameters:</source>
        <translation>参数(&amp;P)：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing</source>
        <translation>无</translation>
    </message>
</context>
</TS>
