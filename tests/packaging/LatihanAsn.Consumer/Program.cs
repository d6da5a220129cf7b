// A team's application using LatihanAsn through its packages only: its own DbContext holds its own table beside the
// library's aggregates (ApplyLatihanAsnModel), on PostgreSQL, and one yearly cycle runs through the mediator:
// competencies, needs survey, composed and approved plan, a run with enrolment and attendance, completion with
// certificates and credited hours, and the run's evaluation. Exit code 0 when every step gave what it should.
using LatihanAsn.Domain;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.EntityFrameworkCore;
using LatihanAsn.Domain.Evaluation;
using LatihanAsn.Domain.FollowUp;
using LatihanAsn.Domain.NeedsAnalysis;
using LatihanAsn.Domain.Programs;
using LatihanAsn.Domain.Reference;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

if (args.Length != 1)
{
    Console.Error.WriteLine("usage: LatihanAsn.Consumer \"Host=...;Database=...;Username=...\"");
    return 2;
}

var clock = new MovableClock(new DateTimeOffset(2026, 2, 2, 2, 0, 0, TimeSpan.Zero));
var services = new ServiceCollection();
services.AddLatihanAsn(options => options.DefaultCaller = Caller.System("consumer"));
services.AddSingleton<TimeProvider>(clock);
services.AddDbContext<AgencyDbContext>(options => options.UseNpgsql(args[0]));
services.AddLatihanAsnEntityFrameworkCore<AgencyDbContext>();
await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });

await using (var scope = provider.CreateAsyncScope())
{
    var database = scope.ServiceProvider.GetRequiredService<AgencyDbContext>().Database;
    await database.EnsureDeletedAsync();
    await database.EnsureCreatedAsync();
}

async Task<T> Send<T>(IRequest<T> request)
{
    await using var scope = provider.CreateAsyncScope();
    return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
}

void Check(bool condition, string what)
{
    if (!condition)
    {
        throw new InvalidOperationException("consumer check failed: " + what);
    }

    Console.WriteLine("ok: " + what);
}

const string Opd = "METRO-DISKOMINFO";
await Send(new DefineFramework(
    Permenpanrb38Of2017.Code,
    Permenpanrb38Of2017.Name,
    Permenpanrb38Of2017.Source,
    Permenpanrb38Of2017.ValidFrom,
    [.. Permenpanrb38Of2017.Competencies.Select(c => new CompetencyInput(c.Code.Value, c.Name, c.Group, c.Definition, [.. c.Levels.Select(l => new LevelInput(l.Level.Value, l.Description, l.Indicators))]))]));
foreach (var reach in LampungReach.Create())
{
    await Send(new SetRegionReach(reach.RegionCode, reach.Name, reach.Connectivity, reach.Travel));
}

await Send(new RegisterOpd(Opd, "Dinas Komunikasi dan Informatika Kota Metro", "1872"));
var analyst = await Send(new DefinePosition("JF-PRANATA-KOM-METRO", "Pranata Komputer Ahli Pertama", PositionKind.Fungsional, FunctionalGrade.AhliPertama, Opd));
await Send(new DefinePositionStandard(analyst, new DateOnly(2024, 1, 1), [new("M.01", 2), new("M.03", 3), new("M.05", 2, 3)]));
var staff = new List<EmployeeId>();
for (var i = 0; i < 8; i++)
{
    var id = await Send(new RegisterEmployee($"19900801201503{(i % 2) + 1}{i + 1:000}", $"Pegawai Metro {i}", EmploymentType.Pns, analyst));
    await Send(new RecordAssessment(id, AssessmentSource.AssessmentCentre, new DateOnly(2026, 1, 10), "UPT Penilaian Kompetensi", [new("M.01", 1), new("M.03", 1), new("M.05", 1)]));
    staff.Add(id);
}

var summary = await Send(new SummarisePopulation(PopulationDimension.Province));
Check(summary.Groups.Single().Employees == 8, "8 employees assessed, summarised for the province");

var survey = await Send(new OpenNeedsSurvey("AKPK Kota Metro 2026", SurveyForm.Borich, [new("M.01"), new("M.03"), new("M.05")]));
foreach (var person in staff)
{
    await Send(new SubmitSurveyResponse(survey, person, [new("M.01", 4, 2), new("M.03", 5, 2), new("M.05", 5, 1)]));
}

var priorities = await Send(new ComputeSurveyPriorities(survey));
Check(priorities.Respondents == 8, "the survey's 8 responses ranked");

await Send(new DefineCourse("PPP-01", new CourseDetails(
    "Manajemen Pelayanan Publik",
    OrganiserKind.Bpsdm,
    "BPSDM Provinsi Lampung",
    30m,
    "Kurikulum terakreditasi LAN",
    [new CompetencyStepInput("M.05", 1, 3)],
    [new DeliveryOffering(DeliveryMode.Klasikal, 15_000_000m, 750_000m, 2, 30, LampungReach.BpsdmCentre, false, 0m, 5, 5, LearningForm.Pelatihan)],
    Completion: new CourseCompletion(0.8m, 70m, true, 24))));
var composed = await Send(new ComposeTrainingPlan("Rencana Pengembangan Kompetensi", 2027, 5_000_000_000m, Opd, OpdCode: Opd, SurveyId: survey));
Check(composed.Composition.Runs.Count == 1, "the plan composed with one run");
await Send(new SubmitTrainingPlan(composed.PlanId));
await Send(new ApproveTrainingPlan(composed.PlanId, "Kepala BPSDM"));

var run = await Send(new ScheduleRun(composed.PlanId, 1));
await Send(new InviteParticipants(run, [.. staff.Select(p => new InvitationInput(p))]));
foreach (var person in staff)
{
    await Send(new RespondToInvitation(run, person, true));
}

var view = await Send(new GetCourseRun(run));
clock.MoveTo(view.Start);
await Send(new StartRun(run));
foreach (var session in view.Sessions)
{
    clock.MoveTo(session.Date);
    await Send(new RecordSessionAttendance(run, session.Number, [.. staff.Select(p => new AttendanceMark(p, true))]));
}

clock.MoveTo(view.End);
var completion = await Send(new CompleteRun(run, [.. staff.Select((p, i) => new TestScoreInput(p, i < 6 ? 85m : 50m))]));
Check(completion.Certificates.Count == 6, "6 of 8 passed the test and got a certificate");
Check(completion.CreditedJp.Count == 6 && completion.CreditedJp.Values.All(jp => jp == 30m), "30 JP credited to each of the 6");

var measurements = new PlannedMeasurement[]
{
    new("L2-PRE", KirkpatrickLevel.Learning, EvaluationInstrument.KnowledgeTest, MeasurementPhase.Before, -4, 4),
    new("L2-POST", KirkpatrickLevel.Learning, EvaluationInstrument.KnowledgeTest, MeasurementPhase.After, 0, 7, 0.3m),
};
var evaluation = await Send(new CreateEvaluationPlan(run, view.Title, "BPSDM Provinsi Lampung", Opd, view.Start, view.End, measurements, staff, TestMaximum: 100m));
await Send(new RecordAttendance(evaluation, [.. staff.Select(p => new AttendanceEntry(p, true))]));
await Send(new RecordTestScores(evaluation, "L2-PRE", [.. staff.Select(p => new ParticipantScore(p, 40m))]));
await Send(new RecordTestScores(evaluation, "L2-POST", [.. staff.Select((p, i) => new ParticipantScore(p, i < 6 ? 85m : 50m))]));
var report = await Send(new GetEffectivenessReport(evaluation));
// Hake's class gain: (6 x 85 + 2 x 50 - 8 x 40) / (8 x 100 - 8 x 40) = 290 / 480.
var gain = report.Learning!.Gain.ClassGain;
Check(gain is { } g && Math.Abs(g - (290m / 480m)) < 0.0001m, $"class gain {gain} = 290/480");

try
{
    await Send(new RegisterEmployee("19900801201503" + "1001", "Duplikat", EmploymentType.Pns, analyst));
    Check(false, "a duplicate NIP is refused");
}
catch (LatihanAsnException e)
{
    Check(e.Code == ErrorCodes.Validation, $"a duplicate NIP is refused with the library's error ({e.Code})");
}

Console.WriteLine("consumer: the cycle ran on PostgreSQL through the packages");
return 0;

/// <summary>The agency's own context: its own table, and the library's aggregates in schema <c>latihan</c>.</summary>
internal sealed class AgencyDbContext(DbContextOptions<AgencyDbContext> options) : DbContext(options)
{
    public DbSet<AgencyNote> Notes => Set<AgencyNote>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AgencyNote>().ToTable("notes", "agency");
        modelBuilder.ApplyLatihanAsnModel();
    }
}

/// <summary>A row of the agency's own.</summary>
internal sealed class AgencyNote
{
    public int Id { get; set; }

    public string Text { get; set; } = string.Empty;
}

/// <summary>A clock the program moves forward through the year.</summary>
internal sealed class MovableClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void MoveTo(DateOnly day)
    {
        var target = new DateTimeOffset(day.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero);
        if (target > _now)
        {
            _now = target;
        }
    }
}
