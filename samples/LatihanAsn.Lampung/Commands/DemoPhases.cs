using System.Diagnostics;

namespace LatihanAsn.Lampung.Commands;

/// <summary>One phase of the demo: its wall-clock time and the bytes the process allocated while it ran.</summary>
/// <param name="Phase">The phase's name (import, assess, needs, compose, enrol, complete, evaluate, report).</param>
/// <param name="Milliseconds">Wall-clock time.</param>
/// <param name="AllocatedBytes">Bytes allocated on the managed heap during the phase (all threads).</param>
/// <param name="PeakWorkingSetBytes">The process's peak resident memory so far, read when the phase ended.</param>
/// <param name="GcPauseMilliseconds">Time the garbage collector paused the process during the phase.</param>
/// <param name="Gen2Collections">Full (generation 2) collections during the phase.</param>
/// <param name="CpuMilliseconds">Processor time the process used during the phase (all threads).</param>
internal sealed record PhaseTiming(string Phase, long Milliseconds, long AllocatedBytes, long PeakWorkingSetBytes, long GcPauseMilliseconds, int Gen2Collections, long CpuMilliseconds);

/// <summary>Measures the demo's phases, in order; a phase measured twice adds up.</summary>
internal sealed class DemoPhases
{
    private readonly List<PhaseTiming> _phases = [];

    /// <summary>Gets the phases measured so far.</summary>
    public IReadOnlyList<PhaseTiming> Phases => _phases;

    /// <summary>Runs <paramref name="work"/> as (part of) the phase <paramref name="phase"/>.</summary>
    public async Task<T> MeasureAsync<T>(string phase, Func<Task<T>> work)
    {
        var measurement = Start(phase);
        try
        {
            return await work();
        }
        finally
        {
            measurement.Stop();
        }
    }

    /// <summary>Starts measuring (part of) the phase <paramref name="phase"/>; the result's <c>Stop</c> ends it.</summary>
    public Measurement Start(string phase) => new(this, phase);

    /// <summary>A phase being measured.</summary>
    internal sealed class Measurement(DemoPhases owner, string phase)
    {
        private readonly long _allocated = GC.GetTotalAllocatedBytes();
        private readonly TimeSpan _paused = GC.GetTotalPauseDuration();
        private readonly int _gen2 = GC.CollectionCount(2);
        private readonly TimeSpan _cpu = Environment.CpuUsage.TotalTime;
        private readonly Stopwatch _clock = Stopwatch.StartNew();

        /// <summary>Ends the measurement and adds it to its phase.</summary>
        public void Stop() => owner.Add(
            phase,
            _clock.ElapsedMilliseconds,
            GC.GetTotalAllocatedBytes() - _allocated,
            (long)(GC.GetTotalPauseDuration() - _paused).TotalMilliseconds,
            GC.CollectionCount(2) - _gen2,
            (long)(Environment.CpuUsage.TotalTime - _cpu).TotalMilliseconds);
    }

    private void Add(string phase, long milliseconds, long allocated, long paused, int gen2, long cpu)
    {
        var i = _phases.FindIndex(p => p.Phase == phase);
        using var process = Process.GetCurrentProcess();
        var peak = process.PeakWorkingSet64;
        if (i < 0)
        {
            _phases.Add(new PhaseTiming(phase, milliseconds, allocated, peak, paused, gen2, cpu));
        }
        else
        {
            _phases[i] = _phases[i] with { Milliseconds = _phases[i].Milliseconds + milliseconds, AllocatedBytes = _phases[i].AllocatedBytes + allocated, PeakWorkingSetBytes = peak, GcPauseMilliseconds = _phases[i].GcPauseMilliseconds + paused, Gen2Collections = _phases[i].Gen2Collections + gen2, CpuMilliseconds = _phases[i].CpuMilliseconds + cpu };
        }
    }
}
