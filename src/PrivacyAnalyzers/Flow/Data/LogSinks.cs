using System.Collections.Immutable;
using PrivacyAnalyzers.Contract;

namespace PrivacyAnalyzers.Flow.Data
{
    /// <summary>
    /// PRIV101's sinks: the logging APIs. Member names checked against the packages' own XML
    /// documentation (Microsoft.Extensions.Logging.Abstractions in the shared framework, Serilog 4.4.0,
    /// NLog 6.2.2, log4net 3.5.0). <c>[LoggerMessage]</c>-generated methods are recognised by their
    /// attribute (<see cref="FlowWalker"/>), not by a row.
    /// </summary>
    internal static class LogSinks
    {
        private const string Mel = "Microsoft.Extensions.Logging";
        private const string MelDoc = "https://learn.microsoft.com/dotnet/api/microsoft.extensions.logging.loggerextensions";
        private const string SerilogDoc = "https://github.com/serilog/serilog/wiki/Writing-Log-Events";
        private const string NLogDoc = "https://nlog-project.org/documentation/v5.0.0/html/T_NLog_Logger.htm";
        private const string Log4NetDoc = "https://logging.apache.org/log4net/release/sdk/html/T_log4net_ILog.htm";

        public static ImmutableArray<FlowMember> Rows { get; } = ImmutableArray.Create(
            FlowMember.Sink(SinkKind.Log, "Microsoft.Extensions.Logging.LoggerExtensions", "Log*", Mel, MelDoc),
            FlowMember.Sink(SinkKind.Log, "Microsoft.Extensions.Logging.LoggerExtensions", "BeginScope", Mel, MelDoc),
            FlowMember.Sink(SinkKind.Log, "Microsoft.Extensions.Logging.ILogger", "Log", Mel, "https://learn.microsoft.com/dotnet/api/microsoft.extensions.logging.ilogger.log"),
            FlowMember.Sink(SinkKind.Log, "Microsoft.Extensions.Logging.ILogger", "BeginScope", Mel, "https://learn.microsoft.com/dotnet/api/microsoft.extensions.logging.ilogger.beginscope"),

            // Serilog: the static Log facade, the ILogger interface and the Logger class, one row per level.
            FlowMember.Sink(SinkKind.Log, "Serilog.Log", "Verbose", "Serilog", SerilogDoc),
            FlowMember.Sink(SinkKind.Log, "Serilog.Log", "Debug", "Serilog", SerilogDoc),
            FlowMember.Sink(SinkKind.Log, "Serilog.Log", "Information", "Serilog", SerilogDoc),
            FlowMember.Sink(SinkKind.Log, "Serilog.Log", "Warning", "Serilog", SerilogDoc),
            FlowMember.Sink(SinkKind.Log, "Serilog.Log", "Error", "Serilog", SerilogDoc),
            FlowMember.Sink(SinkKind.Log, "Serilog.Log", "Fatal", "Serilog", SerilogDoc),
            FlowMember.Sink(SinkKind.Log, "Serilog.Log", "Write", "Serilog", SerilogDoc),
            FlowMember.Sink(SinkKind.Log, "Serilog.ILogger", "Verbose", "Serilog", SerilogDoc),
            FlowMember.Sink(SinkKind.Log, "Serilog.ILogger", "Debug", "Serilog", SerilogDoc),
            FlowMember.Sink(SinkKind.Log, "Serilog.ILogger", "Information", "Serilog", SerilogDoc),
            FlowMember.Sink(SinkKind.Log, "Serilog.ILogger", "Warning", "Serilog", SerilogDoc),
            FlowMember.Sink(SinkKind.Log, "Serilog.ILogger", "Error", "Serilog", SerilogDoc),
            FlowMember.Sink(SinkKind.Log, "Serilog.ILogger", "Fatal", "Serilog", SerilogDoc),
            FlowMember.Sink(SinkKind.Log, "Serilog.ILogger", "Write", "Serilog", SerilogDoc),
            FlowMember.Sink(SinkKind.Log, "Serilog.Core.Logger", "Verbose", "Serilog", SerilogDoc),
            FlowMember.Sink(SinkKind.Log, "Serilog.Core.Logger", "Debug", "Serilog", SerilogDoc),
            FlowMember.Sink(SinkKind.Log, "Serilog.Core.Logger", "Information", "Serilog", SerilogDoc),
            FlowMember.Sink(SinkKind.Log, "Serilog.Core.Logger", "Warning", "Serilog", SerilogDoc),
            FlowMember.Sink(SinkKind.Log, "Serilog.Core.Logger", "Error", "Serilog", SerilogDoc),
            FlowMember.Sink(SinkKind.Log, "Serilog.Core.Logger", "Fatal", "Serilog", SerilogDoc),
            FlowMember.Sink(SinkKind.Log, "Serilog.Core.Logger", "Write", "Serilog", SerilogDoc),
            FlowMember.Sink(SinkKind.Log, "Serilog.Context.LogContext", "PushProperty", "Serilog", "https://github.com/serilog/serilog/wiki/Enrichment#the-logcontext"),

            // NLog: the Logger class and the ILogger interface.
            FlowMember.Sink(SinkKind.Log, "NLog.Logger", "Trace", "NLog", NLogDoc),
            FlowMember.Sink(SinkKind.Log, "NLog.Logger", "Debug", "NLog", NLogDoc),
            FlowMember.Sink(SinkKind.Log, "NLog.Logger", "Info", "NLog", NLogDoc),
            FlowMember.Sink(SinkKind.Log, "NLog.Logger", "Warn", "NLog", NLogDoc),
            FlowMember.Sink(SinkKind.Log, "NLog.Logger", "Error", "NLog", NLogDoc),
            FlowMember.Sink(SinkKind.Log, "NLog.Logger", "Fatal", "NLog", NLogDoc),
            FlowMember.Sink(SinkKind.Log, "NLog.Logger", "Log", "NLog", NLogDoc),
            FlowMember.Sink(SinkKind.Log, "NLog.ILogger", "Trace", "NLog", NLogDoc),
            FlowMember.Sink(SinkKind.Log, "NLog.ILogger", "Debug", "NLog", NLogDoc),
            FlowMember.Sink(SinkKind.Log, "NLog.ILogger", "Info", "NLog", NLogDoc),
            FlowMember.Sink(SinkKind.Log, "NLog.ILogger", "Warn", "NLog", NLogDoc),
            FlowMember.Sink(SinkKind.Log, "NLog.ILogger", "Error", "NLog", NLogDoc),
            FlowMember.Sink(SinkKind.Log, "NLog.ILogger", "Fatal", "NLog", NLogDoc),
            FlowMember.Sink(SinkKind.Log, "NLog.ILoggerBase", "Log", "NLog", NLogDoc),

            // log4net: ILog, each level and its *Format variant.
            FlowMember.Sink(SinkKind.Log, "log4net.ILog", "Debug*", "log4net", Log4NetDoc),
            FlowMember.Sink(SinkKind.Log, "log4net.ILog", "Info*", "log4net", Log4NetDoc),
            FlowMember.Sink(SinkKind.Log, "log4net.ILog", "Warn*", "log4net", Log4NetDoc),
            FlowMember.Sink(SinkKind.Log, "log4net.ILog", "Error*", "log4net", Log4NetDoc),
            FlowMember.Sink(SinkKind.Log, "log4net.ILog", "Fatal*", "log4net", Log4NetDoc),

            // The console and the diagnostics trace: what is written there ends up in a log collector.
            FlowMember.Sink(SinkKind.Log, "System.Console", "Write*", "console", "https://learn.microsoft.com/dotnet/api/system.console.writeline"),
            FlowMember.Sink(SinkKind.Log, "System.Diagnostics.Debug", "Write*", "debug output", "https://learn.microsoft.com/dotnet/api/system.diagnostics.debug"),
            FlowMember.Sink(SinkKind.Log, "System.Diagnostics.Debug", "Print", "debug output", "https://learn.microsoft.com/dotnet/api/system.diagnostics.debug.print"),
            FlowMember.Sink(SinkKind.Log, "System.Diagnostics.Trace", "Write*", "trace listeners", "https://learn.microsoft.com/dotnet/api/system.diagnostics.trace"),
            FlowMember.Sink(SinkKind.Log, "System.Diagnostics.Trace", "Trace*", "trace listeners", "https://learn.microsoft.com/dotnet/api/system.diagnostics.trace.traceinformation"));
    }
}
