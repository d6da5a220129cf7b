using System.Reflection;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Evaluation;
using LatihanAsn.Domain.FollowUp;
using LatihanAsn.Domain.Programs;
using LatihanAsn.Domain.Tests.Infrastructure;

namespace LatihanAsn.Domain.Tests.Evaluation;

/// <summary>
/// A course run organised by the Metro OPD (1-5 June 2026; the host's clock reads 28 November 2026), with four Metro
/// participants and a plan measuring every level.
/// </summary>
internal static class EvaluationFixture
{
    public static readonly DateOnly RunStart = new(2026, 6, 1);
    public static readonly DateOnly RunEnd = new(2026, 6, 5);

    public static readonly PlannedMeasurement[] Measurements =
    [
        new("L1-REACTION", KirkpatrickLevel.Reaction, EvaluationInstrument.ReactionQuestionnaire, MeasurementPhase.After, MeasurementTiming.Immediately, 7, 3.4m, "rata-rata Baik ke atas"),
        new("L2-PRE", KirkpatrickLevel.Learning, EvaluationInstrument.KnowledgeTest, MeasurementPhase.Before, -4, 4),
        new("L2-POST", KirkpatrickLevel.Learning, EvaluationInstrument.KnowledgeTest, MeasurementPhase.After, MeasurementTiming.Immediately, 7, 0.3m),
        new("L2-GRADE", KirkpatrickLevel.Learning, EvaluationInstrument.GradedAssessment, MeasurementPhase.After, MeasurementTiming.Immediately, 14),
        new("L3-SUP-BASE", KirkpatrickLevel.Behaviour, EvaluationInstrument.SupervisorObservation, MeasurementPhase.Before, -4, 4),
        new("L3-SUP-90", KirkpatrickLevel.Behaviour, EvaluationInstrument.SupervisorObservation, MeasurementPhase.After, MeasurementTiming.After90Days, 30),
        new("L3-PEER-90", KirkpatrickLevel.Behaviour, EvaluationInstrument.PeerObservation, MeasurementPhase.After, MeasurementTiming.After90Days, 30),
        new("L3-INT", KirkpatrickLevel.Behaviour, EvaluationInstrument.Interview, MeasurementPhase.After, MeasurementTiming.After90Days, 30),
        new("L4-KPI-BASE", KirkpatrickLevel.Results, EvaluationInstrument.KpiMeasurement, MeasurementPhase.Before, -90, 90),
        new("L4-KPI-90", KirkpatrickLevel.Results, EvaluationInstrument.KpiMeasurement, MeasurementPhase.After, MeasurementTiming.After90Days, 90),
        new("L4-SKM-BASE", KirkpatrickLevel.Results, EvaluationInstrument.SatisfactionSurvey, MeasurementPhase.Before, -180, 180),
        new("L4-SKM", KirkpatrickLevel.Results, EvaluationInstrument.SatisfactionSurvey, MeasurementPhase.After, MeasurementTiming.NextSurveyCycle, 60),
        new("L5-ROI", KirkpatrickLevel.Roi, EvaluationInstrument.CostBenefitAnalysis, MeasurementPhase.After, MeasurementTiming.NextSurveyCycle, 60),
    ];

    public static readonly QuestionnaireInput Questionnaire = new(
        1,
        4,
        [
            new ReactionItem("C1", ReactionAspect.Content, "Materi relevan dengan tugas saya"),
            new ReactionItem("F1", ReactionAspect.Facilitator, "Widyaiswara menguasai materi"),
        ],
        new ReactionItem("REC", ReactionAspect.Other, "Seberapa mungkin Anda merekomendasikan pelatihan ini kepada rekan?"));

    public static readonly BehaviourDesignInput Behaviour = new(
        1,
        5,
        [
            new BehaviourIndicator("RESP", "Menanggapi pengaduan dalam 1 x 24 jam", "M.05"),
            new BehaviourIndicator("DOC", "Mendokumentasikan tindak lanjut pengaduan"),
        ]);

    public static readonly KpiDefinition[] Kpis =
    [
        new("RESPONSE-HOURS", "Median waktu respons pengaduan", "jam", KpiDirection.LowerIsBetter, 36m),
        new("IKM", "Indeks Kepuasan Masyarakat", "nilai", KpiDirection.HigherIsBetter, 88.31m),
    ];

    /// <summary>
    /// Stores a course run located in an OPD, as if scheduled (only its identifier and location are set: the
    /// evaluation requests read nothing else of it), and returns its identifier.
    /// </summary>
    public static CourseRunId SeedRun(TestHost host, string regionCode = World.MetroRegion, string opdCode = World.MetroOpd)
    {
        var run = (CourseRun)Activator.CreateInstance(typeof(CourseRun), nonPublic: true)!;
        var id = CourseRunId.New();
        Set(run, "Id", id);
        Set(run, nameof(CourseRun.RegionCode), regionCode);
        Set(run, nameof(CourseRun.OpdCode), opdCode);
        Set(run, nameof(CourseRun.Terms), new RunCompletionTerms(0.8m, null, false, null));
        host.Store.Seed(run);
        return id;

        static void Set(object target, string property, object value)
        {
            var type = target.GetType();
            while (type!.GetProperty(property, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly) is null)
            {
                type = type.BaseType;
            }

            type.GetProperty(property, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly)!.SetValue(target, value);
        }
    }

    public static CreateEvaluationPlan Request(World world, CourseRunId? run = null, IReadOnlyList<PlannedMeasurement>? measurements = null, IReadOnlyList<EmployeeId>? participants = null) => new(
        run ?? SeedRun(world.Host),
        "Pelatihan Pengelolaan Pengaduan Pelayanan Publik",
        "BPSDM Provinsi Lampung",
        World.MetroOpd,
        RunStart,
        RunEnd,
        measurements ?? Measurements,
        participants ?? world.MetroStaff.Take(4).ToArray(),
        Questionnaire,
        100m,
        Behaviour,
        Kpis);

    public static async Task<(World World, EvaluationPlanId Plan)> CreateAsync(TestHost host)
    {
        var world = await World.CreateAsync(host);
        var plan = await host.Send(Request(world));
        host.Events.Events.Clear();
        host.Store.Writes = 0;
        return (world, plan);
    }

    /// <summary>Participants 0-2 present, participant 3 absent.</summary>
    public static Task RecordAttendanceAsync(TestHost host, World world, EvaluationPlanId plan) => host.Send(new RecordAttendance(plan,
    [
        new(world.MetroStaff[0], true),
        new(world.MetroStaff[1], true),
        new(world.MetroStaff[2], true),
        new(world.MetroStaff[3], false),
    ]));

    public static Dictionary<string, int> Answers(params (string Item, int Answer)[] answers) => answers.ToDictionary(a => a.Item, a => a.Answer);
}
