namespace PrivacyAnalyzers.Cli
{
    /// <summary>How much the tool says on stderr.</summary>
    internal enum Verbosity
    {
        /// <summary>Errors only.</summary>
        Quiet,

        /// <summary>Errors, warnings (partial results) and, on a terminal, progress.</summary>
        Normal,

        /// <summary>Also what was loaded, analysed and written, and how long it took, terminal or not.</summary>
        Detailed,
    }

    /// <summary>
    /// Everything the tool tells a person goes through here, to stderr: stdout carries only results
    /// (a manifest, check's findings, diff's markdown). Progress is a single rewritten line, shown only
    /// when stderr is a terminal, so logs and pipes stay clean.
    /// </summary>
    internal sealed class Reporter
    {
        private readonly TextWriter error;
        private readonly Lock gate = new();
        private bool progressShown;

        public Reporter(TextWriter error, Verbosity verbosity, bool interactive)
        {
            this.error = error;
            Verbosity = verbosity;
            ShowsProgress = interactive && verbosity >= Verbosity.Normal;
        }

        public Verbosity Verbosity { get; }

        /// <summary>Whether progress lines are shown (stderr is a terminal and verbosity is not quiet).</summary>
        public bool ShowsProgress { get; }

        public void Error(string message) => WriteLine("error: " + message);

        public void Warning(string message)
        {
            if (Verbosity >= Verbosity.Normal)
            {
                WriteLine("warning: " + message);
            }
        }

        /// <summary>A result line (normal verbosity and up), terminal or not.</summary>
        public void Line(string message)
        {
            if (Verbosity >= Verbosity.Normal)
            {
                WriteLine(message);
            }
        }

        /// <summary>A line for --verbosity detailed, or for a person at a terminal at normal verbosity when <paramref name="alsoInteractive"/>.</summary>
        public void Info(string message, bool alsoInteractive = false)
        {
            if (Verbosity >= Verbosity.Detailed || (alsoInteractive && ShowsProgress))
            {
                WriteLine(message);
            }
        }

        /// <summary>Replaces the progress line (terminal only).</summary>
        public void Progress(string message)
        {
            if (!ShowsProgress)
            {
                return;
            }

            lock (gate)
            {
                // Carriage return and "erase line": the next progress line or message takes its place.
                error.Write("\r\u001b[K" + message);
                error.Flush();
                progressShown = true;
            }
        }

        public void ClearProgress()
        {
            lock (gate)
            {
                if (progressShown)
                {
                    error.Write("\r\u001b[K");
                    error.Flush();
                    progressShown = false;
                }
            }
        }

        private void WriteLine(string message)
        {
            lock (gate)
            {
                if (progressShown)
                {
                    error.Write("\r\u001b[K");
                    progressShown = false;
                }

                error.WriteLine(message);
                error.Flush();
            }
        }
    }
}
