using Ardalis.Specification;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Evaluation;
using LatihanAsn.Domain.FollowUp;
using LatihanAsn.Domain.NeedsAnalysis;
using LatihanAsn.Domain.Programs;
using LatihanAsn.Domain.Reference;
using LatihanAsn.Domain.Tests.Infrastructure;

namespace LatihanAsn.Domain.Tests.Sample;

/// <summary>
/// One set of aggregates (same instances, same identifiers) in the tests' in-memory store and in a store under test
/// (the sample's SQLite database, or the EF Core package on SQLite and PostgreSQL), so that both repositories can answer
/// the same specifications. A derived class stores <see cref="All"/> and answers <see cref="StoreListAsync{T}"/>.
/// </summary>
public abstract class ParityData : IDisposable
{
    public const string Metro = "1872";
    public const string Pesisir = "1813";
    public const string MetroKominfo = "1872-DISKOMINFO";
    public const string MetroDinkes = "1872-DINKES";
    public const string PesisirSetda = "1813-SETDA";
    public const string Bpsdm = "PROV-BPSDM";

    protected ParityData()
    {
        var skj = Permenpanrb38Of2017.Create(FrameworkId.New());
        var skj2024 = skj.NextVersion(FrameworkId.New(), "Revisi uji", new DateOnly(2024, 1, 1), Permenpanrb38Of2017.Competencies);
        var technical = CompetencyFramework.Define(FrameworkId.New(), "TEKNIS-KOMINFO", "Kompetensi teknis Kominfo", "Kepdin uji", new DateOnly(2020, 1, 1), [Permenpanrb38Of2017.Competencies[2] with { Code = CompetencyCode.From("T.01") }]);
        Frameworks = [technical, skj2024, skj];

        // Inserted deliberately out of code order, so that ordering is the store's work.
        Opds =
        [
            Opd.Register(OpdId.New(), PesisirSetda, "Sekretariat Daerah Kabupaten Pesisir Barat", Pesisir),
            Opd.Register(OpdId.New(), MetroKominfo, "Dinas Komunikasi dan Informatika Kota Metro", Metro),
            Opd.Register(OpdId.New(), Bpsdm, "Badan Pengembangan Sumber Daya Manusia Provinsi Lampung", "1871"),
            Opd.Register(OpdId.New(), MetroDinkes, "Dinas Kesehatan Kota Metro", Metro),
        ];
        Positions =
        [
            Position.Define(PositionId.New(), "1872-DISKOMINFO-JF-01", "Pranata Komputer Ahli Pertama", PositionKind.Fungsional, FunctionalGrade.AhliPertama, MetroKominfo, Metro),
            Position.Define(PositionId.New(), "1813-SETDA-PLK-01", "Penata Layanan Operasional", PositionKind.Pelaksana, null, PesisirSetda, Pesisir),
            Position.Define(PositionId.New(), "1872-DINKES-ADM-01", "Sekretaris Dinas", PositionKind.Administrator, null, MetroDinkes, Metro),
            Position.Define(PositionId.New(), "PROV-BPSDM-JF-01", "Widyaiswara Ahli Muda", PositionKind.Fungsional, FunctionalGrade.AhliMuda, Bpsdm, "1871"),
            Position.Define(PositionId.New(), "1872-DISKOMINFO-PLK-01", "Pengolah Data dan Informasi", PositionKind.Pelaksana, null, MetroKominfo, Metro),
        ];
        foreach (var position in Positions)
        {
            position.DefineStandard(new DateOnly(2024, 1, 1), null, [new(Permenpanrb38Of2017.Integritas, ProficiencyLevel.Dasar), new(Permenpanrb38Of2017.PelayananPublik, ProficiencyLevel.Dasar, ProficiencyLevel.Menengah)]);
        }

        // NIPs not in insertion order; every position but one has staff.
        string[] nips =
        [
            "199001012015031002", "198504122010012001", "199207072019031001", "197812252005011003", "199511302020122002",
            "198003032006041001", "199404042018012003", "196901011990031001", "198806152014032004", "199912122023021001",
        ];
        Employees = nips
            .Select((nip, i) => Employee.Register(EmployeeId.New(), Nip.Parse(nip), $"Pegawai {i}", i % 4 == 0 ? EmploymentType.Pppk : EmploymentType.Pns, Positions[i % 4].Id, Positions[i % 4].OpdCode, Positions[i % 4].RegionCode))
            .ToList();

        // Several assessments on the same day (ties in AssessmentsSpec's order), every status.
        var days = new[] { new DateOnly(2025, 3, 1), new DateOnly(2024, 6, 1), new DateOnly(2025, 3, 1), new DateOnly(2023, 9, 9) };
        Assessments = [];
        foreach (var (employee, i) in Employees.Select((e, i) => (e, i)))
        {
            Assessments.Add(CompetencyAssessment.Record(AssessmentId.New(), employee, (AssessmentSource)(i % 5), days[i % days.Length], "Penilai", [new(Permenpanrb38Of2017.Integritas, ProficiencyLevel.From((i % 5) + 1))], TestHost.Now, pending: i % 3 == 0));
        }

        var corrected = Assessments[1];
        var correction = CompetencyAssessment.Record(AssessmentId.New(), Employees[1], corrected.Source, corrected.AssessedOn, "Penilai", [new(Permenpanrb38Of2017.Integritas, ProficiencyLevel.Ahli)], TestHost.Now);
        corrected.Supersede(correction);
        Assessments.Add(correction);
        Assessments[3].Reject("Atasan", "Bukti kurang");

        // Needs analysis: surveys for the province, a region and an OPD; responses; ledgers of two years; appraisals.
        var items = new[] { new SurveyItem(Permenpanrb38Of2017.Komunikasi), new SurveyItem(Permenpanrb38Of2017.PelayananPublik) };
        Surveys =
        [
            NeedsSurvey.Open(SurveyId.New(), "AKPK Pesisir Barat", SurveyForm.Borich, RatingScale.OneToFive, new SurveyPopulation(Pesisir), items, true, TestHost.Now.AddDays(2)),
            NeedsSurvey.Open(SurveyId.New(), "AKPK Provinsi", SurveyForm.Borich, RatingScale.OneToFive, new SurveyPopulation(), items, true, TestHost.Now),
            NeedsSurvey.Open(SurveyId.New(), "AKPK Diskominfo Metro", SurveyForm.HennessyHicks, RatingScale.OneToSeven, new SurveyPopulation(Metro, MetroKominfo), items, false, TestHost.Now.AddDays(1)),
            NeedsSurvey.Open(SurveyId.New(), "AKPK Kota Metro", SurveyForm.Borich, RatingScale.OneToFive, new SurveyPopulation(Metro), items, true, TestHost.Now.AddDays(3)),
        ];
        Responses = Employees
            .Where(e => Surveys[1].Population.Includes(e.RegionCode, e.OpdCode, Positions.Single(p => p.Id == e.PositionId).Kind))
            .Select((e, i) => SurveyResponse.Submit(SurveyResponseId.New(), Surveys[1], e, Positions.Single(p => p.Id == e.PositionId).Kind, [new SurveyAnswer(Permenpanrb38Of2017.Komunikasi, (i % 5) + 1, 3)], [], TestHost.Now))
            .ToList();
        Ledgers = Employees.SelectMany((e, i) => new[] { 2025, 2026 }.Where(y => (i + y) % 3 != 0).Select(y =>
        {
            var ledger = LearningHoursLedger.Open(LedgerId.New(), e, y);
            ledger.Credit(new DateOnly(y, 3, 1), new LearningActivity(LearningForm.ELearning, 90 * (i + 1)), "E-learning", null, JpConversionRuleSet.Default, TestHost.Now);
            return ledger;
        })).ToList();
        Appraisals = Employees.SelectMany((e, i) => new[]
        {
            PerformanceAppraisal.Record(AppraisalId.New(), e, 2025, 80 + i, 100, TestHost.Now.AddHours(i % 2)),
            PerformanceAppraisal.Record(AppraisalId.New(), e, 2024, 90, 100, TestHost.Now),
        }).ToList();

        // Programs: courses (one withdrawn, one with a prerequisite) and reach out of code order; plans of every status,
        // two years and a revision, owned by OPDs in three regions.
        var komunikasi = CourseId.New();
        Course Define(CourseId id, string code, string competency, IEnumerable<Prerequisite> prerequisites) => Course.Define(
            id, code, $"Kursus {code}", OrganiserKind.Bpsdm, "BPSDM Provinsi Lampung", 16m, null,
            [new CompetencyStep(CompetencyCode.From(competency), ProficiencyLevel.Paham, ProficiencyLevel.Menengah)], prerequisites,
            [new DeliveryOffering(DeliveryMode.ELearning, 5_000_000m, 100_000m, 1, 100, null, false, 0m, 4, 28, LearningForm.ELearning)],
            new CourseCompletion(GrantsCertificate: true, CertificateValidityMonths: 12));
        Courses =
        [
            Define(CourseId.New(), "KON-01", "M.02", [new Prerequisite(komunikasi)]),
            Define(CourseId.New(), "PLY-01", "M.05", []),
            Define(CourseId.New(), "INT-01", "M.01", []),
            Define(komunikasi, "KOM-01", "M.03", []),
        ];
        Courses[2].Withdraw();
        Reaches = [.. LampungReach.Create().Reverse().Take(5)];
        var problem = new CompositionProblem(
            2027, 100_000_000m,
            Employees.Select(e => new CompositionEmployee(e.Id, e.RegionCode, e.OpdCode, new Dictionary<CompetencyCode, int> { [Permenpanrb38Of2017.PelayananPublik] = 1 }, 0m, [])).ToArray(),
            Employees.Select(e => new CompositionNeed(e.Id, Permenpanrb38Of2017.PelayananPublik, 1, 2, 0.5m)).ToArray(),
            Courses, Reaches, TrainingCalendarRuleSet.Default, DeliveryPolicyRuleSet.Default);
        var composition = new CompositionPolicy().Compose(problem);
        TrainingPlan Plan(string opdCode, int year, SurveyId? survey = null) =>
            TrainingPlan.Compose(TrainingPlanId.New(), $"Rencana {opdCode}", year, Opds.Single(o => o.OpdCode == opdCode).RegionCode, opdCode, (null, null, survey), 100_000_000m, composition, Courses, TestHost.Now);
        Plans = [Plan(MetroKominfo, 2027), Plan(PesisirSetda, 2027), Plan(Bpsdm, 2026), Plan(MetroDinkes, 2027, Surveys[1].Id), Plan(PesisirSetda, 2026)];
        Plans[1].Submit();
        Plans[2].Submit();
        Plans[2].Approve("Sekretaris Daerah");
        Plans.Add(Plans[2].Revise(TrainingPlanId.New(), TestHost.Now));
        Plans[3].Submit();
        Plans[3].Return("Kurangi biaya");

        // Follow-up: runs of approved plans in three regions (plans share their lines, so runs tie on their start day),
        // in every status; certificates, mentoring and action plans of employees in every region, with ties on their days.
        foreach (var (opd, year) in new[] { (MetroKominfo, 2026), (PesisirSetda, 2026) })
        {
            var approved = Plan(opd, year);
            approved.Submit();
            approved.Approve("Sekretaris Daerah");
            Plans.Add(approved);
        }

        Runs = Plans.Where(p => p.Status == PlanStatus.Approved)
            .SelectMany(p => p.Lines.Select(l => CourseRun.Schedule(CourseRunId.New(), p, l.Number, Courses.Single(c => c.Id == l.CourseId), WaitingListOrder.FirstCome, 0.9m)))
            .ToList();
        Runs[0].Invite(Employees[0].Id);
        Runs[^1].Cancel("Uji");
        Certificates = Employees.Select((e, i) => Certificate.Issue(CertificateId.New(), e, Runs[i % Runs.Count], new DateOnly(2026, 3, 1 + (i % 2)))).ToList();
        MentoringPlans = Employees.Skip(1).Select((e, i) => MentoringPlan.Start(MentoringPlanId.New(), Employees[0].Id, e, Permenpanrb38Of2017.PelayananPublik, 3, 14, new DateOnly(2026, 2, 1 + (i % 2)))).ToList();
        MentoringPlans[0].Complete(new DateOnly(2026, 4, 1), 3);
        ActionPlans = Employees.Select((e, i) => ActionPlan.Create(ActionPlanId.New(), e, $"Rencana aksi {i}", i == 0 ? Runs[0].Id : null, "Atasan",
            [new ActionGoal("Respons pengaduan 24 jam", Permenpanrb38Of2017.PelayananPublik, "RESPONSE-HOURS", 24m)], [("SOP", new DateOnly(2026, 5, 1))])).ToList();
        ActionPlans[1].CompleteMilestone(1, new DateOnly(2026, 4, 20), "SOP No. 1");
        ActionPlans[1].SignOff("Atasan", new DateOnly(2026, 4, 21));

        // Evaluation: plans of runs organised by every OPD, several ending on the same day (ties in EvaluationPlansSpec's
        // order); SKM surveys of several units, several with the same period end.
        var runEnds = new[] { new DateOnly(2025, 6, 5), new DateOnly(2025, 3, 14), new DateOnly(2025, 6, 5), new DateOnly(2025, 6, 5) };
        EvaluationPlans = Opds.Concat(Opds.Take(3)).Select((opd, i) =>
        {
            var end = runEnds[i % runEnds.Length];
            var participants = Employees.Where((_, k) => k % 3 == i % 3).Select(e => e.Id).ToArray();
            return EvaluationPlan.Create(EvaluationPlanId.New(), CourseRunId.New(), $"Pelatihan {i}", "BPSDM Provinsi Lampung", opd.RegionCode, opd.OpdCode, end.AddDays(-4), end,
                [new PlannedMeasurement("L1", KirkpatrickLevel.Reaction, EvaluationInstrument.ReactionQuestionnaire, MeasurementPhase.After, MeasurementTiming.Immediately)],
                participants,
                new EvaluationDesign(new ReactionQuestionnaire(LikertScale.OneToFive, [new ReactionItem("C1", ReactionAspect.Content, "Materi relevan")])));
        }).ToList();
        var periodEnds = new[] { new DateOnly(2024, 12, 31), new DateOnly(2025, 12, 31) };
        SkmSurveys = Opds.Concat(Opds.Take(2)).Select((opd, i) => SkmSurvey.Create(
            SkmSurveyId.New(), $"Layanan {i}", opd.RegionCode, opd.OpdCode, periodEnds[i % periodEnds.Length].AddMonths(-6).AddDays(1), periodEnds[i % periodEnds.Length],
            SkmRuleSet.Permenpanrb14Of2017.Elements, i % 2 == 0 ? SkmWeights.Equal : SkmWeights.Truncated(), SkmRuleSet.Permenpanrb14Of2017.Info.Key)).ToList();

        foreach (var aggregate in Frameworks.Concat<IAggregateRoot>(Opds).Concat(Positions).Concat(Employees).Concat(Assessments)
            .Concat(Surveys).Concat(Responses).Concat(Ledgers).Concat(Appraisals).Concat(Courses).Concat(Reaches).Concat(Plans)
            .Concat(EvaluationPlans).Concat(SkmSurveys).Concat(Runs).Concat(Certificates).Concat(MentoringPlans).Concat(ActionPlans))
        {
            aggregate.ClearDomainEvents();
        }

        Memory.Seed([.. Frameworks]);
        Memory.Seed([.. Opds]);
        Memory.Seed([.. Positions]);
        Memory.Seed([.. Employees]);
        Memory.Seed([.. Assessments]);
        Memory.Seed([.. Surveys]);
        Memory.Seed([.. Responses]);
        Memory.Seed([.. Ledgers]);
        Memory.Seed([.. Appraisals]);
        Memory.Seed([.. Courses]);
        Memory.Seed([.. Reaches]);
        Memory.Seed([.. Plans]);
        Memory.Seed([.. EvaluationPlans]);
        Memory.Seed([.. SkmSurveys]);
        Memory.Seed([.. Runs]);
        Memory.Seed([.. Certificates]);
        Memory.Seed([.. MentoringPlans]);
        Memory.Seed([.. ActionPlans]);
    }

    public InMemoryStore Memory { get; } = new();

    public List<CompetencyFramework> Frameworks { get; }

    public List<Opd> Opds { get; }

    public List<Position> Positions { get; }

    public List<Employee> Employees { get; }

    public List<CompetencyAssessment> Assessments { get; }

    public List<NeedsSurvey> Surveys { get; }

    public List<SurveyResponse> Responses { get; }

    public List<LearningHoursLedger> Ledgers { get; }

    public List<PerformanceAppraisal> Appraisals { get; }

    public List<Course> Courses { get; }

    public List<RegionReach> Reaches { get; }

    public List<TrainingPlan> Plans { get; }

    public List<EvaluationPlan> EvaluationPlans { get; }

    public List<SkmSurvey> SkmSurveys { get; }

    public List<CourseRun> Runs { get; }

    public List<Certificate> Certificates { get; }

    public List<MentoringPlan> MentoringPlans { get; }

    public List<ActionPlan> ActionPlans { get; }

    /// <summary>Every aggregate, in an order that satisfies the foreign keys.</summary>
    public IEnumerable<object> All => Frameworks.Concat<object>(Opds).Concat(Positions).Concat(Employees).Concat(Assessments)
        .Concat(Surveys).Concat(Responses).Concat(Ledgers).Concat(Appraisals).Concat(Courses).Concat(Reaches).Concat(Plans)
        .Concat(EvaluationPlans).Concat(SkmSurveys).Concat(Runs).Concat(Certificates).Concat(MentoringPlans).Concat(ActionPlans);

    /// <summary>Lists a specification in the store under test (through a fresh context).</summary>
    protected abstract Task<List<T>> StoreListAsync<T>(ISpecification<T> specification)
        where T : class, IAggregateRoot;

    /// <summary>Counts a specification in the store under test (through a fresh context).</summary>
    protected abstract Task<int> StoreCountAsync<T>(ISpecification<T> specification)
        where T : class, IAggregateRoot;

    /// <summary>Runs a specification against both stores and returns the ids each listed.</summary>
    public async Task<(Guid[] Memory, Guid[] Store)> ListBoth<T>(ISpecification<T> specification, Func<T, Guid> id)
        where T : class, IAggregateRoot
    {
        var memory = await new InMemoryRepository<T>(Memory, new InMemoryUnitOfWork(Memory)).ListAsync(specification);
        var store = await StoreListAsync(specification);
        return (memory.Select(id).ToArray(), store.Select(id).ToArray());
    }

    public async Task<(int Memory, int Store)> CountBoth<T>(ISpecification<T> specification)
        where T : class, IAggregateRoot =>
        (await new InMemoryRepository<T>(Memory, new InMemoryUnitOfWork(Memory)).CountAsync(specification), await StoreCountAsync(specification));

    /// <summary>The region of an OPD scope's OPD (what a host resolves before asking for the surveys visible to it).</summary>
    public static string? RegionOf(CallerScope scope) => scope.OpdCode switch
    {
        MetroKominfo or MetroDinkes => Metro,
        PesisirSetda => Pesisir,
        _ => null,
    };

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the store under test.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }
}

/// <summary>
/// The parity table: every specification of the library, under a province, a region and an OPD scope (and the ones
/// that are unscoped on purpose); each case lists ids in both stores.
/// </summary>
public static class ParityCases
{
    public static readonly Dictionary<string, CallerScope> Scopes = new()
    {
        ["province"] = CallerScope.Province,
        ["region 1872"] = CallerScope.ForRegion(ParityData.Metro),
        ["region 1813"] = CallerScope.ForRegion(ParityData.Pesisir),
        ["opd 1872-DISKOMINFO"] = CallerScope.ForOpd(ParityData.MetroKominfo),
        ["opd 1813-SETDA"] = CallerScope.ForOpd(ParityData.PesisirSetda),
    };

    /// <summary>The scoped specifications: each case lists ids in both stores for a scope.</summary>
    public static readonly Dictionary<string, Func<ParityData, CallerScope, Task<(Guid[], Guid[])>>> Scoped = new()
    {
        ["EmployeeByIdSpec (Metro)"] = (w, s) => w.ListBoth(new EmployeeByIdSpec(s, w.Employees[0].Id), e => e.Id.Value),
        ["EmployeeByIdSpec (Pesisir)"] = (w, s) => w.ListBoth(new EmployeeByIdSpec(s, w.Employees[1].Id), e => e.Id.Value),
        ["EmployeesSpec"] = (w, s) => w.ListBoth(new EmployeesSpec(s), e => e.Id.Value),
        ["EmployeesSpec region"] = (w, s) => w.ListBoth(new EmployeesSpec(s, regionCode: ParityData.Metro), e => e.Id.Value),
        ["EmployeesSpec OPD"] = (w, s) => w.ListBoth(new EmployeesSpec(s, opdCode: ParityData.MetroKominfo), e => e.Id.Value),
        ["EmployeesSpec ids"] = (w, s) => w.ListBoth(new EmployeesSpec(s, ids: [w.Employees[5].Id, w.Employees[0].Id, w.Employees[1].Id, w.Employees[3].Id, EmployeeId.New()]), e => e.Id.Value),
        ["EmployeesSpec no ids"] = (w, s) => w.ListBoth(new EmployeesSpec(s, ids: []), e => e.Id.Value),
        ["EmployeesSpec region, OPD and ids"] = (w, s) => w.ListBoth(new EmployeesSpec(s, ParityData.Metro, ParityData.MetroKominfo, w.Employees.Select(e => e.Id).ToArray()), e => e.Id.Value),
        ["PositionByIdSpec"] = (w, s) => w.ListBoth(new PositionByIdSpec(s, w.Positions[0].Id), p => p.Id.Value),
        ["PositionsSpec"] = (w, s) => w.ListBoth(new PositionsSpec(s), p => p.Id.Value),
        ["PositionsSpec ids"] = (w, s) => w.ListBoth(new PositionsSpec(s, [w.Positions[4].Id, w.Positions[1].Id, w.Positions[0].Id]), p => p.Id.Value),
        ["OpdByCodeSpec"] = (w, s) => w.ListBoth(new OpdByCodeSpec(s, ParityData.MetroKominfo), o => o.Id.Value),
        ["OpdByCodeSpec (other region)"] = (w, s) => w.ListBoth(new OpdByCodeSpec(s, ParityData.PesisirSetda), o => o.Id.Value),
        ["AssessmentByIdSpec"] = (w, s) => w.ListBoth(new AssessmentByIdSpec(s, w.Assessments[0].Id), a => a.Id.Value),
        ["AssessmentsSpec"] = (w, s) => w.ListBoth(new AssessmentsSpec(s), a => a.Id.Value),
        ["AssessmentsSpec employee"] = (w, s) => w.ListBoth(new AssessmentsSpec(s, employeeId: w.Employees[1].Id), a => a.Id.Value),
        ["AssessmentsSpec region"] = (w, s) => w.ListBoth(new AssessmentsSpec(s, regionCode: ParityData.Metro), a => a.Id.Value),
        ["AssessmentsSpec OPD"] = (w, s) => w.ListBoth(new AssessmentsSpec(s, opdCode: ParityData.MetroKominfo), a => a.Id.Value),
        ["AssessmentsSpec confirmed"] = (w, s) => w.ListBoth(new AssessmentsSpec(s, status: AssessmentStatus.Confirmed), a => a.Id.Value),
        ["AssessmentsSpec pending"] = (w, s) => w.ListBoth(new AssessmentsSpec(s, status: AssessmentStatus.Pending), a => a.Id.Value),
        ["AssessmentsSpec superseded"] = (w, s) => w.ListBoth(new AssessmentsSpec(s, status: AssessmentStatus.Superseded), a => a.Id.Value),
        ["AssessmentsSpec rejected"] = (w, s) => w.ListBoth(new AssessmentsSpec(s, status: AssessmentStatus.Rejected), a => a.Id.Value),
        ["AssessmentsSpec all filters"] = (w, s) => w.ListBoth(new AssessmentsSpec(s, w.Employees[0].Id, ParityData.Metro, ParityData.MetroKominfo, AssessmentStatus.Pending), a => a.Id.Value),
        ["NeedsSurveysVisibleSpec"] = (w, s) => w.ListBoth(new NeedsSurveysVisibleSpec(s, ParityData.RegionOf(s)), v => v.Id.Value),
        ["NeedsSurveysVisibleSpec one"] = (w, s) => w.ListBoth(new NeedsSurveysVisibleSpec(s, ParityData.RegionOf(s), w.Surveys[2].Id), v => v.Id.Value),
        ["NeedsSurveysVisibleByIdsSpec"] = (w, s) => w.ListBoth(new NeedsSurveysVisibleByIdsSpec(s, ParityData.RegionOf(s), [w.Surveys[2].Id, w.Surveys[0].Id, w.Surveys[1].Id, SurveyId.New()]), v => v.Id.Value),
        ["SurveyResponsesSpec"] = (w, s) => w.ListBoth(new SurveyResponsesSpec(s, w.Surveys[1].Id), r => r.Id.Value),
        ["SurveyResponsesSpec respondent"] = (w, s) => w.ListBoth(new SurveyResponsesSpec(s, w.Surveys[1].Id, w.Employees[2].Id), r => r.Id.Value),
        ["LedgersSpec year"] = (w, s) => w.ListBoth(new LedgersSpec(s, 2026), l => l.Id.Value),
        ["LedgersSpec every year of one employee"] = (w, s) => w.ListBoth(new LedgersSpec(s, null, w.Employees[4].Id), l => l.Id.Value),
        ["LedgersSpec region and OPD"] = (w, s) => w.ListBoth(new LedgersSpec(s, 2025, null, ParityData.Metro, ParityData.MetroKominfo), l => l.Id.Value),
        ["LedgersOfEmployeesSpec years"] = (w, s) => w.ListBoth(new LedgersOfEmployeesSpec(s, [2026, 2025], [w.Employees[4].Id, w.Employees[0].Id, w.Employees[1].Id, w.Employees[5].Id, EmployeeId.New()]), l => l.Id.Value),
        ["AppraisalsSpec"] = (w, s) => w.ListBoth(new AppraisalsSpec(s), a => a.Id.Value),
        ["AppraisalsSpec employee"] = (w, s) => w.ListBoth(new AppraisalsSpec(s, w.Employees[3].Id), a => a.Id.Value),
        ["AppraisalsSpec region"] = (w, s) => w.ListBoth(new AppraisalsSpec(s, regionCode: ParityData.Pesisir), a => a.Id.Value),
        ["TrainingPlanByIdSpec (Metro)"] = (w, s) => w.ListBoth(new TrainingPlanByIdSpec(s, w.Plans[0].Id), p => p.Id.Value),
        ["TrainingPlanByIdSpec (Pesisir)"] = (w, s) => w.ListBoth(new TrainingPlanByIdSpec(s, w.Plans[1].Id), p => p.Id.Value),
        ["TrainingPlansSpec"] = (w, s) => w.ListBoth(new TrainingPlansSpec(s), p => p.Id.Value),
        ["TrainingPlansSpec year"] = (w, s) => w.ListBoth(new TrainingPlansSpec(s, 2027), p => p.Id.Value),
        ["TrainingPlansSpec status"] = (w, s) => w.ListBoth(new TrainingPlansSpec(s, status: PlanStatus.Draft), p => p.Id.Value),
        ["TrainingPlansSpec year and status"] = (w, s) => w.ListBoth(new TrainingPlansSpec(s, 2026, PlanStatus.Approved), p => p.Id.Value),
        ["EvaluationPlanByIdSpec (Metro)"] = (w, s) => w.ListBoth(new EvaluationPlanByIdSpec(s, w.EvaluationPlans[1].Id), p => p.Id.Value),
        ["EvaluationPlanByIdSpec (Pesisir)"] = (w, s) => w.ListBoth(new EvaluationPlanByIdSpec(s, w.EvaluationPlans[0].Id), p => p.Id.Value),
        ["EvaluationPlansSpec"] = (w, s) => w.ListBoth(new EvaluationPlansSpec(s), p => p.Id.Value),
        ["EvaluationPlansSpec OPD"] = (w, s) => w.ListBoth(new EvaluationPlansSpec(s, ParityData.MetroKominfo), p => p.Id.Value),
        ["SkmSurveyByIdSpec"] = (w, s) => w.ListBoth(new SkmSurveyByIdSpec(s, w.SkmSurveys[1].Id), v => v.Id.Value),
        ["SkmSurveysSpec"] = (w, s) => w.ListBoth(new SkmSurveysSpec(s), v => v.Id.Value),
        ["SkmSurveysSpec OPD"] = (w, s) => w.ListBoth(new SkmSurveysSpec(s, ParityData.PesisirSetda), v => v.Id.Value),
        ["CourseRunByIdSpec (Metro)"] = (w, s) => w.ListBoth(new CourseRunByIdSpec(s, w.Runs.First(r => r.RegionCode == ParityData.Metro).Id), r => r.Id.Value),
        ["CourseRunByIdSpec (Pesisir)"] = (w, s) => w.ListBoth(new CourseRunByIdSpec(s, w.Runs.First(r => r.RegionCode == ParityData.Pesisir).Id), r => r.Id.Value),
        ["CourseRunsSpec"] = (w, s) => w.ListBoth(new CourseRunsSpec(s), r => r.Id.Value),
        ["CourseRunsSpec plan"] = (w, s) => w.ListBoth(new CourseRunsSpec(s, w.Runs[0].PlanId), r => r.Id.Value),
        ["CourseRunsSpec status"] = (w, s) => w.ListBoth(new CourseRunsSpec(s, status: RunStatus.Scheduled), r => r.Id.Value),
        ["CourseRunsSpec line"] = (w, s) => w.ListBoth(new CourseRunsSpec(s, line: 1), r => r.Id.Value),
        ["CertificatesSpec"] = (w, s) => w.ListBoth(new CertificatesSpec(s), c => c.Id.Value),
        ["CertificatesSpec employee"] = (w, s) => w.ListBoth(new CertificatesSpec(s, w.Employees[2].Id), c => c.Id.Value),
        ["CertificatesSpec course"] = (w, s) => w.ListBoth(new CertificatesSpec(s, courseId: w.Runs[0].CourseId), c => c.Id.Value),
        ["CertificatesSpec region"] = (w, s) => w.ListBoth(new CertificatesSpec(s, regionCode: ParityData.Pesisir), c => c.Id.Value),
        ["MentoringPlanByIdSpec"] = (w, s) => w.ListBoth(new MentoringPlanByIdSpec(s, w.MentoringPlans[1].Id), p => p.Id.Value),
        ["MentoringPlansSpec"] = (w, s) => w.ListBoth(new MentoringPlansSpec(s), p => p.Id.Value),
        ["MentoringPlansSpec active"] = (w, s) => w.ListBoth(new MentoringPlansSpec(s, activeOnly: true), p => p.Id.Value),
        ["ActionPlanByIdSpec"] = (w, s) => w.ListBoth(new ActionPlanByIdSpec(s, w.ActionPlans[2].Id), p => p.Id.Value),
        ["ActionPlansSpec"] = (w, s) => w.ListBoth(new ActionPlansSpec(s), p => p.Id.Value),
        ["ActionPlansSpec active"] = (w, s) => w.ListBoth(new ActionPlansSpec(s, activeOnly: true), p => p.Id.Value),
    };

    /// <summary>The specifications that are not scoped on purpose (uniqueness checks and reference data).</summary>
    public static readonly Dictionary<string, Func<ParityData, Task<(Guid[], Guid[])>>> Unscoped = new()
    {
        ["EmployeeWithNipSpec"] = w => w.ListBoth(new EmployeeWithNipSpec(w.Employees[4].Nip), e => e.Id.Value),
        ["EmployeeWithNipSpec (unknown)"] = w => w.ListBoth(new EmployeeWithNipSpec(Nip.Parse("196608011988031001")), e => e.Id.Value),
        ["PositionWithCodeSpec"] = w => w.ListBoth(new PositionWithCodeSpec("1813-SETDA-PLK-01"), p => p.Id.Value),
        ["PositionWithCodeSpec (unknown)"] = w => w.ListBoth(new PositionWithCodeSpec("TIDAK-ADA"), p => p.Id.Value),
        ["OpdWithCodeSpec"] = w => w.ListBoth(new OpdWithCodeSpec(ParityData.Bpsdm), o => o.Id.Value),
        ["FrameworkVersionsSpec"] = w => w.ListBoth(new FrameworkVersionsSpec(Permenpanrb38Of2017.Code), f => f.Id.Value),
        ["FrameworksInForceSpec 2020"] = w => w.ListBoth(new FrameworksInForceSpec(new DateOnly(2020, 1, 1)), f => f.Id.Value),
        ["FrameworksInForceSpec last day of v1"] = w => w.ListBoth(new FrameworksInForceSpec(new DateOnly(2023, 12, 31)), f => f.Id.Value),
        ["FrameworksInForceSpec first day of v2"] = w => w.ListBoth(new FrameworksInForceSpec(new DateOnly(2024, 1, 1)), f => f.Id.Value),
        ["FrameworksInForceSpec before any"] = w => w.ListBoth(new FrameworksInForceSpec(new DateOnly(2017, 7, 18)), f => f.Id.Value),
        ["ResponseOfRespondentSpec"] = w => w.ListBoth(new ResponseOfRespondentSpec(w.Surveys[1].Id, w.Employees[0].Id), r => r.Id.Value),
        ["ResponseOfRespondentSpec (none)"] = w => w.ListBoth(new ResponseOfRespondentSpec(w.Surveys[0].Id, w.Employees[0].Id), r => r.Id.Value),
        ["ResponsesOfRespondentsSpec"] = w => w.ListBoth(new ResponsesOfRespondentsSpec([w.Surveys[1].Id, w.Surveys[0].Id], [w.Employees[0].Id, w.Employees[2].Id, w.Employees[5].Id, w.Employees[1].Id]), r => r.Id.Value),
        ["ResponsesOfRespondentsSpec (none)"] = w => w.ListBoth(new ResponsesOfRespondentsSpec([w.Surveys[0].Id], [w.Employees[0].Id]), r => r.Id.Value),
        ["CoursesSpec"] = w => w.ListBoth(new CoursesSpec(), c => c.Id.Value),
        ["CoursesSpec active"] = w => w.ListBoth(new CoursesSpec(activeOnly: true), c => c.Id.Value),
        ["CoursesSpec ids"] = w => w.ListBoth(new CoursesSpec(ids: [w.Courses[3].Id, w.Courses[2].Id, w.Courses[0].Id, CourseId.New()]), c => c.Id.Value),
        ["CoursesSpec active and no ids"] = w => w.ListBoth(new CoursesSpec(true, []), c => c.Id.Value),
        ["CourseByIdSpec"] = w => w.ListBoth(new CourseByIdSpec(w.Courses[1].Id), c => c.Id.Value),
        ["CourseWithCodeSpec"] = w => w.ListBoth(new CourseWithCodeSpec("KOM-01"), c => c.Id.Value),
        ["CourseWithCodeSpec (unknown)"] = w => w.ListBoth(new CourseWithCodeSpec("TIDAK-ADA"), c => c.Id.Value),
        ["RegionReachSpec"] = w => w.ListBoth(new RegionReachSpec(), r => r.Id),
        ["RegionReachSpec one"] = w => w.ListBoth(new RegionReachSpec(ParityData.Metro), r => r.Id),
        ["EvaluationPlanForRunSpec"] = w => w.ListBoth(new EvaluationPlanForRunSpec(w.EvaluationPlans[2].CourseRunId), p => p.Id.Value),
        ["EvaluationPlanForRunSpec (unknown run)"] = w => w.ListBoth(new EvaluationPlanForRunSpec(CourseRunId.New()), p => p.Id.Value),
        ["ActiveMentoringOfMentorsSpec"] = w => w.ListBoth(new ActiveMentoringOfMentorsSpec([w.Employees[0].Id, w.Employees[3].Id]), p => p.Id.Value),
        ["ActiveMentoringOfMentorsSpec (none)"] = w => w.ListBoth(new ActiveMentoringOfMentorsSpec([w.Employees[1].Id]), p => p.Id.Value),
    };

    public static TheoryData<string, string> ScopedCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var spec in Scoped.Keys)
        {
            foreach (var scope in Scopes.Keys)
            {
                data.Add(spec, scope);
            }
        }

        return data;
    }

    public static TheoryData<string> UnscopedCases()
    {
        var data = new TheoryData<string>();
        foreach (var spec in Unscoped.Keys)
        {
            data.Add(spec);
        }

        return data;
    }
}
