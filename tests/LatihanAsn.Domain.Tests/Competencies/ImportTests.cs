using System.Data.Common;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.EntityFrameworkCore;
using LatihanAsn.Domain.Competencies;
using LatihanAsn.Domain.Reference;
using LatihanAsn.Domain.Tests.Infrastructure;
using LatihanAsn.Domain.Tests.Sample;
using LatihanAsn.Domain.Tests.UnitOfWork;
using LatihanAsn.Lampung.Hosting;
using LatihanAsn.Lampung.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static LatihanAsn.Domain.Tests.UnitOfWork.Contention;

namespace LatihanAsn.Domain.Tests.Competencies;

/// <summary>
/// The batch (import) requests <see cref="ImportEmployees"/> and <see cref="ImportAssessments"/> through the real
/// container and pipeline, on the in-memory store and on the sample's SQLite: a batch does what as many single requests
/// would do, in one command; a bad row refuses the whole batch, names the row and changes nothing; a failure at any
/// write leaves nothing; the events of every row are published once, after the commit.
/// </summary>
public sealed class ImportTests
{
    private static readonly FrameworkId Framework = new(Guid.Parse("0b6f1c1e-0000-4000-8000-000000000001"));
    private static readonly PositionId Analyst = new(Guid.Parse("0b6f1c1e-0000-4000-8000-000000000011"));
    private static readonly PositionId Head = new(Guid.Parse("0b6f1c1e-0000-4000-8000-000000000012"));
    private static readonly PositionId Clerk = new(Guid.Parse("0b6f1c1e-0000-4000-8000-000000000013"));
    private static readonly DateOnly Day = new(2026, 3, 2);

    public static TheoryData<string> Stores => new() { "memory", "sqlite" };

    public static TheoryData<string, string> RefusedBatches()
    {
        var data = new TheoryData<string, string>();
        foreach (var store in new[] { "memory", "sqlite" })
        {
            foreach (var refusal in Refusals.Keys)
            {
                data.Add(store, refusal);
            }
        }

        return data;
    }

    /// <summary>A valid NIP for <paramref name="n"/> (unique up to 999 x 365 x 25): birth day and sequence vary.</summary>
    internal static string NipFor(int n) => $"{new DateOnly(1970, 1, 1).AddDays(n / 999):yyyyMMdd}199503{(n % 2) + 1}{(n % 999) + 1:000}";

    internal static RegisterEmployee EmployeeRow(int n, PositionId position) =>
        new(NipFor(n), $"Pegawai {n}", n % 3 == 0 ? EmploymentType.Pppk : EmploymentType.Pns, position);

    private static RecordAssessment AssessmentRow(EmployeeId employee, int n, AssessmentId? supersedes = null) =>
        new(employee, n % 2 == 0 ? AssessmentSource.AssessmentCentre : AssessmentSource.Supervisor, Day.AddDays(n % 5), "UPT Penilaian Kompetensi",
            [new("M.01", (n % 5) + 1), new("M.03", ((n + 2) % 5) + 1)],
            n % 3 == 0 ? [new EvidenceInput("Laporan hasil asesmen", $"LHA/2026/{n:000}")] : null,
            supersedes,
            Pending: n % 4 == 3);

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Importing_employees_registers_every_row_in_order_as_single_requests_would(string store)
    {
        using var batch = IHarness.Create(store);
        using var singles = IHarness.Create(store);
        await OrganiseAsync(batch);
        await OrganiseAsync(singles);
        var rows = Enumerable.Range(0, 7).Select(n => EmployeeRow(n, n % 2 == 0 ? Analyst : Clerk)).ToArray();

        var ids = await batch.Send(new ImportEmployees(rows));
        var one = new List<EmployeeId>();
        foreach (var row in rows)
        {
            one.Add(await singles.Send(row));
        }

        ids.Count.ShouldBe(rows.Length);
        ids.Distinct().Count().ShouldBe(rows.Length);
        for (var i = 0; i < rows.Length; i++)
        {
            var profile = await batch.Send(new GetEmployeeProfile(ids[i]));
            profile.Nip.ShouldBe(Nip.Parse(rows[i].Nip));
            profile.Name.ShouldBe(rows[i].Name);
            profile.PositionId.ShouldBe(rows[i].PositionId);
        }

        Normalise(await batch.FingerprintAsync(), ids).ShouldBe(Normalise(await singles.FingerprintAsync(), one));
        batch.Events.Events.OfType<EmployeeRegistered>().Select(e => e.EmployeeId).ShouldBe(ids);
        Normalise(batch.Events.Events.Select(e => e.ToString()), ids).ShouldBe(Normalise(singles.Events.Events.Select(e => e.ToString()), one));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Importing_assessments_records_every_row_in_order_as_single_requests_would(string store)
    {
        using var batch = IHarness.Create(store);
        using var singles = IHarness.Create(store);
        await OrganiseAsync(batch);
        await OrganiseAsync(singles);
        var people = Enumerable.Range(0, 4).Select(n => EmployeeRow(n, n < 3 ? Analyst : Clerk)).ToArray();
        var batchStaff = await batch.Send(new ImportEmployees(people));
        var singleStaff = await singles.Send(new ImportEmployees(people));

        // A first import, then a second one whose rows correct (supersede) some of the first's.
        RecordAssessment[] First(IReadOnlyList<EmployeeId> staff) => [.. Enumerable.Range(0, 8).Select(n => AssessmentRow(staff[n % staff.Count], n))];
        RecordAssessment[] Second(IReadOnlyList<EmployeeId> staff, IReadOnlyList<AssessmentId> first) =>
        [
            AssessmentRow(staff[0], 20, supersedes: first[4]),
            AssessmentRow(staff[1], 21),
            AssessmentRow(staff[1], 22, supersedes: first[1]),
            AssessmentRow(staff[3], 23, supersedes: first[7]), // a pending one
        ];
        batch.Events.Events.Clear();
        singles.Events.Events.Clear();

        var batchFirst = await batch.Send(new ImportAssessments(First(batchStaff)));
        var batchSecond = await batch.Send(new ImportAssessments(Second(batchStaff, batchFirst)));
        var singleFirst = new List<AssessmentId>();
        foreach (var row in First(singleStaff))
        {
            singleFirst.Add(await singles.Send(row));
        }

        var singleSecond = new List<AssessmentId>();
        foreach (var row in Second(singleStaff, singleFirst))
        {
            singleSecond.Add(await singles.Send(row));
        }

        batchFirst.Count.ShouldBe(8);
        batchSecond.Count.ShouldBe(4);
        IReadOnlyList<Guid> BatchIds() => [.. batchStaff.Select(e => e.Value), .. batchFirst.Select(a => a.Value), .. batchSecond.Select(a => a.Value)];
        IReadOnlyList<Guid> SingleIds() => [.. singleStaff.Select(e => e.Value), .. singleFirst.Select(a => a.Value), .. singleSecond.Select(a => a.Value)];
        Normalise(await batch.FingerprintAsync(), BatchIds()).ShouldBe(Normalise(await singles.FingerprintAsync(), SingleIds()));
        Normalise(batch.Events.Events.Select(e => e.ToString()), BatchIds()).ShouldBe(Normalise(singles.Events.Events.Select(e => e.ToString()), SingleIds()));
        var batchProfile = (await batch.Send(new GetEmployeeProfile(batchStaff[1]))).Profile.Entries;
        var singleProfile = (await singles.Send(new GetEmployeeProfile(singleStaff[1]))).Profile.Entries;
        batchProfile.Select(e => (e.Competency, e.Level, e.Source, e.AssessedOn)).ShouldBe(singleProfile.Select(e => (e.Competency, e.Level, e.Source, e.AssessedOn)));
        batchProfile.ShouldNotBeEmpty();

        // In row order: each row's recording, then the superseding of the assessment it replaces.
        batch.Events.Events.Skip(8).Select(e => e.GetType().Name).ShouldBe(
            ["AssessmentRecorded", "AssessmentSuperseded", "AssessmentRecorded", "AssessmentRecorded", "AssessmentSuperseded", "AssessmentRecorded", "AssessmentSuperseded"]);
    }

    /// <summary>Each refusal: the batch to send (its row 2 is the bad one) and what must be said about it.</summary>
    private static readonly Dictionary<string, (Func<Existing, IBatch> Batch, Action<Exception> Check)> Refusals = new()
    {
        ["invalid NIP"] = (w => Employees(w, 2, row => row with { Nip = "19900801 201503 3 001" }), Invalid("Rows[2].Nip")),
        ["NIP repeated in the batch"] = (w => Employees(w, 2, row => row with { Nip = NipFor(100) }), Invalid("Rows[2].Nip")),
        ["NIP already registered"] = (w => Employees(w, 2, row => row with { Nip = " " + NipFor(0) }), Invalid("Rows[2].Nip")),
        ["empty name and unknown employment"] = (w => Employees(w, 2, row => row with { Name = " ", Employment = (EmploymentType)9 }), Invalid("Rows[2].Name", "Rows[2].Employment")),
        ["null row"] = (w => new Wrapped<IReadOnlyList<EmployeeId>>(new ImportEmployees([EmployeeRow(100, Analyst), null!, EmployeeRow(101, Analyst)])), Invalid("Rows[1]")),
        ["no rows"] = (w => new Wrapped<IReadOnlyList<EmployeeId>>(new ImportEmployees([])), Invalid("Rows")),
        ["too many rows"] = (w => new Wrapped<IReadOnlyList<EmployeeId>>(new ImportEmployees(Enumerable.Repeat(EmployeeRow(100, Analyst), Batch.MaxRows + 1).ToArray())), Invalid("Rows")),
        ["unknown position"] = (w => Employees(w, 2, row => row with { PositionId = PositionId.New() }), Refused(2, ErrorCodes.NotFound)),
        ["competency not in a framework in force"] = (w => Assessments(w, 2, row => row with { AssessedOn = new DateOnly(2016, 5, 2) }), Invalid("Rows[2].Levels[0].Competency", "Rows[2].Levels[1].Competency")),
        ["assessment day in the future"] = (w => Assessments(w, 2, row => row with { AssessedOn = new DateOnly(2027, 1, 4) }), Invalid("Rows[2].AssessedOn")),
        ["null level"] = (w => Assessments(w, 2, row => row with { Levels = [new("M.01", 2), null!] }), Invalid("Rows[2].Levels[1]")),
        ["level out of range"] = (w => Assessments(w, 2, row => row with { Levels = [new("M.01", 6)] }), Invalid("Rows[2].Levels[0].Level")),
        ["assessment superseded by two rows"] = (w => Assessments(w, 2, row => row with { EmployeeId = w.Staff[0], Supersedes = w.Assessments[0] }, first: row => row with { Supersedes = w.Assessments[0] }), Invalid("Rows[2].Supersedes")),
        ["unknown employee"] = (w => Assessments(w, 2, row => row with { EmployeeId = EmployeeId.New() }), Refused(2, ErrorCodes.NotFound)),
        ["unknown superseded assessment"] = (w => Assessments(w, 2, row => row with { Supersedes = AssessmentId.New() }), Refused(2, ErrorCodes.NotFound)),
        ["another employee's assessment superseded"] = (w => Assessments(w, 2, row => row with { EmployeeId = w.Staff[2], Supersedes = w.Assessments[1] }), Refused(2, "domain_rule.superseding_assessment_of_another_employee")),
        ["superseded assessment no longer current"] = (w => Assessments(w, 2, row => row with { EmployeeId = w.Staff[0], Supersedes = w.Assessments[2] }), Refused(2, "domain_rule.assessment_not_current")),
    };

    [Theory]
    [MemberData(nameof(RefusedBatches))]
    public async Task A_batch_with_a_bad_row_is_refused_naming_the_row_and_changes_nothing(string store, string refusal)
    {
        using var harness = IHarness.Create(store);
        var existing = await ExistingAsync(harness);
        var before = await harness.FingerprintAsync();
        harness.Events.Events.Clear();
        var (batch, check) = Refusals[refusal];

        var error = await Should.ThrowAsync<LatihanAsnException>(() => batch(existing).SendWith(harness));

        check(error);
        (await harness.FingerprintAsync()).ShouldBe(before);
        harness.Events.Events.ShouldBeEmpty();

        // The same batch without its bad row goes through (the refusal was about that row only), except where the batch itself was wrong.
        if (refusal is not ("null row" or "no rows" or "too many rows"))
        {
            var fixedBatch = batch(existing).WithoutRow(2);
            await fixedBatch.SendWith(harness);
            (await harness.FingerprintAsync()).ShouldNotBe(before);
        }
    }

    [Fact]
    public async Task A_refused_row_says_which_row_in_its_message_and_details_in_both_languages()
    {
        using var host = new TestHost();
        await OrganiseAsync(host);
        var rows = new[] { EmployeeRow(0, Analyst), EmployeeRow(1, Analyst), EmployeeRow(2, PositionId.New()) };

        using (new CultureScope("id-ID"))
        {
            var error = await Should.ThrowAsync<BatchRowException>(() => host.Send(new ImportEmployees(rows)));
            error.Message.ShouldStartWith("Baris 2 ditolak: ");
            error.Details["row"].ShouldBe(2);
            error.Error.ShouldBeOfType<NotFoundInScopeException>().Key.ShouldBe(rows[2].PositionId.ToString());
        }

        using (new CultureScope("en-US"))
        {
            var error = await Should.ThrowAsync<BatchRowException>(() => host.Send(new ImportEmployees(rows)));
            error.Message.ShouldStartWith("Row 2 was refused: ");
            var invalid = await Should.ThrowAsync<RequestValidationException>(() => host.Send(new ImportEmployees([rows[0], rows[1] with { Nip = rows[0].Nip }])));
            invalid.Errors["Rows[1].Nip"].ShouldBe([$"NIP {Nip.Parse(rows[0].Nip)} is already in row 0 of this request."]);
        }

        host.Store.Set<Employee>().ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task A_regency_caller_cannot_import_into_another_regency(string store)
    {
        using var host = ScopedHost.Create(store);
        await host.OrganiseAsync();
        var staff = await host.Send(new ImportEmployees([EmployeeRow(0, Analyst), EmployeeRow(1, Clerk)]));
        var pesisir = await host.Send(new ImportAssessments([AssessmentRow(staff[1], 1)]));
        var before = await host.CountsAsync();
        host.Events.Events.Clear();
        var metro = CallerScope.ForRegion(World.MetroRegion);

        // A Metro caller: a Pesisir position, employee or assessment is not found (its existence is not revealed).
        var position = await Should.ThrowAsync<BatchRowException>(() => host.Send(new ImportEmployees([EmployeeRow(10, Analyst), EmployeeRow(11, Clerk)]), metro));
        position.Row.ShouldBe(1);
        position.Code.ShouldBe(ErrorCodes.NotFound);
        var employee = await Should.ThrowAsync<BatchRowException>(() => host.Send(new ImportAssessments([AssessmentRow(staff[0], 2), AssessmentRow(staff[1], 3)]), metro));
        employee.Row.ShouldBe(1);
        employee.Code.ShouldBe(ErrorCodes.NotFound);
        var superseded = await Should.ThrowAsync<BatchRowException>(() => host.Send(new ImportAssessments([AssessmentRow(staff[0], 4, supersedes: pesisir[0])]), metro));
        superseded.Row.ShouldBe(0);
        superseded.Code.ShouldBe(ErrorCodes.NotFound);

        (await host.CountsAsync()).ShouldBe(before);
        host.Events.Events.ShouldBeEmpty();

        // Within its own regency the same caller imports.
        (await host.Send(new ImportEmployees([EmployeeRow(10, Analyst), EmployeeRow(11, Head)]), metro)).Count.ShouldBe(2);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task A_failure_at_any_write_of_an_employee_import_leaves_nothing(string store)
    {
        using var harness = IHarness.Create(store);
        await OrganiseAsync(harness);
        var rows = Enumerable.Range(0, 6).Select(n => EmployeeRow(n, n % 2 == 0 ? Analyst : Clerk)).ToArray();

        // A write per row, each of which fails in turn.
        var ids = await EveryWriteFailsThenSucceeds(harness, () => harness.Send(new ImportEmployees(rows)), minimumWrites: rows.Length);

        ids.Count.ShouldBe(rows.Length);
        harness.Events.Events.OfType<EmployeeRegistered>().Select(e => e.EmployeeId).ShouldBe(ids);
        (await harness.CountAsync("Employee")).ShouldBe(rows.Length);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task A_failure_at_any_write_of_an_assessment_import_leaves_nothing(string store)
    {
        using var harness = IHarness.Create(store);
        var existing = await ExistingAsync(harness);
        var rows = new[]
        {
            AssessmentRow(existing.Staff[0], 10, supersedes: existing.Assessments[0]),
            AssessmentRow(existing.Staff[1], 11),
            AssessmentRow(existing.Staff[1], 12, supersedes: existing.Assessments[1]),
            AssessmentRow(existing.Staff[3], 13),
        };

        // A write per row, and one per superseded assessment.
        var ids = await EveryWriteFailsThenSucceeds(harness, () => harness.Send(new ImportAssessments(rows)), minimumWrites: rows.Length + 2);

        ids.Count.ShouldBe(rows.Length);
        harness.Events.Events.OfType<AssessmentRecorded>().Select(e => e.AssessmentId).ShouldBe(ids);
        harness.Events.Events.OfType<AssessmentSuperseded>().Select(e => (e.AssessmentId, e.SupersededBy)).ShouldBe([(existing.Assessments[0], ids[0]), (existing.Assessments[1], ids[2])]);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task The_events_of_every_row_are_published_once_after_the_commit(string store)
    {
        using var host = ScopedHost.Create(store);
        await host.OrganiseAsync();
        var rows = Enumerable.Range(0, 5).Select(n => EmployeeRow(n, Analyst)).ToArray();

        var ids = await host.Send(new ImportEmployees(rows));

        host.Events.Events.Cast<EmployeeRegistered>().Select(e => e.EmployeeId).ShouldBe(ids);
        host.SavedBeforePublished.ShouldBe(Enumerable.Repeat(true, rows.Length));
    }

    [Fact]
    public async Task Twenty_thousand_employees_are_imported_in_one_command_with_a_query_per_kind_on_SQLite()
    {
        using var host = ScopedHost.Create("sqlite");
        host.CheckSavedBeforePublished = false;
        await host.OrganiseAsync();
        var rows = Enumerable.Range(0, 20_000).Select(n => EmployeeRow(n, (n % 3) switch { 0 => Analyst, 1 => Head, _ => Clerk })).ToArray();
        host.Commands.Clear();

        var ids = await host.Send(new ImportEmployees(rows));

        // One query for the registered NIPs, one for the positions: nothing per row.
        Queries(host).ShouldBe(2, string.Join(Environment.NewLine, host.Commands));
        ids.Count.ShouldBe(rows.Length);
        ids.Distinct().Count().ShouldBe(rows.Length);
        (await host.CountsAsync()).Employees.ShouldBe(rows.Length);
        host.Events.Events.Count.ShouldBe(rows.Length);

        // And the assessments of all of them, with a correction of some, one query per kind again.
        var first = await host.Send(new ImportAssessments([.. ids.Take(10_000).Select((id, n) => AssessmentRow(id, n))]));
        host.Commands.Clear();
        var second = await host.Send(new ImportAssessments([.. ids.Take(5_000).Select((id, n) => AssessmentRow(id, n + 1, supersedes: first[n]))]));
        Queries(host).ShouldBe(3, string.Join(Environment.NewLine, host.Commands)); // frameworks, employees, superseded assessments
        second.Count.ShouldBe(5_000);
        (await host.CountsAsync()).Assessments.ShouldBe(15_000);
    }

    private static int Queries(ScopedHost host) => host.Commands.Count(c => c.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase));

    /// <summary>The same organisation, with the same identifiers, in any harness: the 2017 framework, an OPD in Metro with two positions, one in Pesisir Barat with one.</summary>
    private static Task OrganiseAsync(IHarness harness) => harness.SeedAsync(Organisation());

    private static Task OrganiseAsync(TestHost host)
    {
        foreach (var group in Organisation().GroupBy(a => a.GetType()))
        {
            var seed = typeof(InMemoryStore).GetMethod(nameof(InMemoryStore.Seed))!.MakeGenericMethod(group.Key);
            var array = Array.CreateInstance(group.Key, group.Count());
            group.ToArray().CopyTo(array, 0);
            seed.Invoke(host.Store, [array]);
        }

        return Task.CompletedTask;
    }

    private static IAggregateRoot[] Organisation() =>
    [
        Permenpanrb38Of2017.Create(Framework),
        Opd.Register(new OpdId(Guid.Parse("0b6f1c1e-0000-4000-8000-000000000021")), World.MetroOpd, "Dinas Komunikasi dan Informatika Kota Metro", World.MetroRegion),
        Opd.Register(new OpdId(Guid.Parse("0b6f1c1e-0000-4000-8000-000000000022")), World.PesisirOpd, "DPMPTSP Kabupaten Pesisir Barat", World.PesisirRegion),
        Position.Define(Analyst, "JF-PRANATA-KOM-METRO", "Pranata Komputer Ahli Pertama", PositionKind.Fungsional, FunctionalGrade.AhliPertama, World.MetroOpd, World.MetroRegion),
        Position.Define(Head, "ADM-KADIS-METRO", "Sekretaris Dinas", PositionKind.Administrator, null, World.MetroOpd, World.MetroRegion),
        Position.Define(Clerk, "PLK-PESBAR-01", "Pengadministrasi Perizinan", PositionKind.Pelaksana, null, World.PesisirOpd, World.PesisirRegion),
    ];

    /// <summary>What a refused batch is sent against: four employees (0-2 in Metro, 3 in Pesisir) and three assessments (of employees 0, 1 and 0; the third superseded).</summary>
    internal sealed record Existing(IReadOnlyList<EmployeeId> Staff, IReadOnlyList<AssessmentId> Assessments);

    private static async Task<Existing> ExistingAsync(IHarness harness)
    {
        await OrganiseAsync(harness);
        var staff = await harness.Send(new ImportEmployees([EmployeeRow(0, Analyst), EmployeeRow(1, Analyst), EmployeeRow(2, Head), EmployeeRow(3, Clerk)]));
        var assessments = (await harness.Send(new ImportAssessments([AssessmentRow(staff[0], 0), AssessmentRow(staff[1], 1), AssessmentRow(staff[0], 2)]))).ToList();
        await harness.Send(new ImportAssessments([AssessmentRow(staff[0], 3, supersedes: assessments[2])]));
        harness.Events.Events.Clear();
        return new Existing(staff, assessments);
    }

    private static Wrapped<IReadOnlyList<EmployeeId>> Employees(Existing existing, int bad, Func<RegisterEmployee, RegisterEmployee> spoil) =>
        new(new ImportEmployees([.. Enumerable.Range(100, 5).Select(n => EmployeeRow(n, n % 2 == 0 ? Analyst : Clerk)).Select((row, i) => i == bad ? spoil(row) : row)]));

    private static Wrapped<IReadOnlyList<AssessmentId>> Assessments(Existing existing, int bad, Func<RecordAssessment, RecordAssessment> spoil, Func<RecordAssessment, RecordAssessment>? first = null) =>
        new(new ImportAssessments([.. Enumerable.Range(0, 5).Select(n => AssessmentRow(existing.Staff[n % 4], 100 + n)).Select((row, i) => i == bad ? spoil(row) : i == 0 && first is not null ? first(row) : row)]));

    private static Action<Exception> Invalid(params string[] properties) => error =>
    {
        var invalid = error.ShouldBeOfType<RequestValidationException>();
        invalid.Code.ShouldBe(ErrorCodes.Validation);
        invalid.Errors.Keys.Order(StringComparer.Ordinal).ShouldBe(properties.Order(StringComparer.Ordinal), error.Message);
    };

    private static Action<Exception> Refused(int row, string code) => error =>
    {
        var refused = error.ShouldBeOfType<BatchRowException>(error.Message);
        refused.Row.ShouldBe(row);
        refused.Code.ShouldBe(code);
        refused.Error.Code.ShouldBe(code);
        refused.Details["row"].ShouldBe(row);
    };

    /// <summary>The stored state (or events) with each identifier replaced by its position in <paramref name="ids"/>, so two stores that did the same with other identifiers compare equal.</summary>
    private static List<string> Normalise(IEnumerable<string> lines, IEnumerable<EmployeeId> ids) => Normalise(lines, ids.Select(i => i.Value).ToList());

    private static List<string> Normalise(IEnumerable<string> lines, IReadOnlyList<Guid> ids)
    {
        var result = new List<string>();
        foreach (var line in lines)
        {
            var text = line.ToUpperInvariant();
            for (var i = 0; i < ids.Count; i++)
            {
                text = text.Replace(ids[i].ToString().ToUpperInvariant(), $"#{i}", StringComparison.Ordinal)
                    .Replace(Convert.ToHexString(ids[i].ToByteArray()), $"#{i}", StringComparison.Ordinal)
                    .Replace(Convert.ToHexString(ids[i].ToByteArray(bigEndian: true)), $"#{i}", StringComparison.Ordinal);
            }

            result.Add(text);
        }

        result.Sort(StringComparer.Ordinal);
        return result;
    }

    /// <summary>A batch request with its response type erased, so the refusal table can hold both kinds.</summary>
    private interface IBatch
    {
        Task SendWith(IHarness harness);

        IBatch WithoutRow(int row);
    }

    private sealed record Wrapped<T>(IRequest<T> Request) : IBatch
    {
        public Task SendWith(IHarness harness) => harness.Send(Request);

        public IBatch WithoutRow(int row) => Request switch
        {
            ImportEmployees e => new Wrapped<IReadOnlyList<EmployeeId>>(new ImportEmployees([.. e.Rows.Where((_, i) => i != row)])),
            ImportAssessments a => new Wrapped<IReadOnlyList<AssessmentId>>(new ImportAssessments([.. a.Rows.Where((_, i) => i != row)])),
            _ => throw new InvalidOperationException(),
        };
    }

    /// <summary>
    /// A host whose caller's scope a test sets per request, over either store, that notes whether each registration is
    /// already stored when it is published and, on SQLite, every command sent to the database.
    /// </summary>
    private abstract class ScopedHost : IDisposable
    {
        public MutableScopeAccessor Scope { get; } = new();

        public EventLog Events { get; } = new();

        public List<bool> SavedBeforePublished { get; } = [];

        /// <summary>Whether each published registration is checked against the store (off where the test counts queries).</summary>
        public bool CheckSavedBeforePublished { get; set; } = true;

        public List<string> Commands { get; } = [];

        public static ScopedHost Create(string store) => store == "memory" ? new Memory() : new Sqlite();

        public abstract Task OrganiseAsync();

        public async Task<T> Send<T>(IRequest<T> request, CallerScope? scope = null)
        {
            Scope.Current = scope ?? CallerScope.Province;
            try
            {
                return await SendAsync(request);
            }
            finally
            {
                Scope.Current = CallerScope.Province;
            }
        }

        public abstract Task<(int Employees, int Assessments)> CountsAsync();

        public abstract void Dispose();

        protected abstract Task<T> SendAsync<T>(IRequest<T> request);

        private sealed class Memory : ScopedHost
        {
            private readonly TestHost _host;

            public Memory()
            {
                _host = new TestHost(services: s =>
                {
                    s.AddSingleton<ICallerAccessor>(Scope);
                    s.AddSingleton(Events);
                    s.AddTransient<INotificationHandler<EmployeeRegistered>>(_ => new Stored(id => _host!.Store.Set<Employee>().Any(e => e.Id == id), SavedBeforePublished, () => CheckSavedBeforePublished));
                });
            }

            public override Task OrganiseAsync() => ImportTests.OrganiseAsync(_host);

            public override Task<(int Employees, int Assessments)> CountsAsync() =>
                Task.FromResult((_host.Store.Set<Employee>().Count, _host.Store.Set<CompetencyAssessment>().Count));

            public override void Dispose() => _host.Dispose();

            protected override Task<T> SendAsync<T>(IRequest<T> request) => _host.Send(request);
        }

        private sealed class Sqlite : ScopedHost
        {
            private readonly TempDirectory _directory = new();
            private readonly SqliteDatabase _database;
            private readonly LampungHost _host;

            public Sqlite()
            {
                _database = SqliteDatabase.Recreate(_directory.File("import.db"), connectionPerContext: true, interceptors: [new CommandLog(Commands)]);
                _host = new LampungHost(_database, services =>
                {
                    services.AddSingleton<TimeProvider>(new FakeTimeProvider(TestHost.Now));
                    services.AddSingleton<ICallerAccessor>(Scope);
                    services.AddSingleton(Events);
                    services.AddTransient<INotificationHandler<EmployeeRegistered>>(_ => new Stored(
                        id =>
                        {
                            using var context = _database.CreateContext();
                            return context.Set<Employee>().Any(e => e.Id == id);
                        },
                        SavedBeforePublished,
                        () => CheckSavedBeforePublished));
                    foreach (var type in typeof(DomainEvent).Assembly.GetExportedTypes().Where(t => t.IsSubclassOf(typeof(DomainEvent)) && !t.IsAbstract))
                    {
                        services.AddTransient(typeof(INotificationHandler<>).MakeGenericType(type), typeof(EventLogHandler<>).MakeGenericType(type));
                    }
                });
            }

            public override async Task OrganiseAsync()
            {
                using var context = _database.CreateContext();
                foreach (var aggregate in Organisation())
                {
                    aggregate.ClearDomainEvents();
                    context.Add(aggregate);
                }

                await new EfUnitOfWork(context).SaveChangesAsync(CancellationToken.None);
            }

            public override Task<(int Employees, int Assessments)> CountsAsync()
            {
                using var context = _database.CreateContext();
                return Task.FromResult((context.Set<Employee>().Count(), context.Set<CompetencyAssessment>().Count()));
            }

            public override void Dispose()
            {
                _host.Dispose();
                _database.Dispose();
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                _directory.Dispose();
            }

            protected override Task<T> SendAsync<T>(IRequest<T> request) => _host.SendAsync(request);
        }
    }

    /// <summary>Notes, when an employee's registration is published, whether the employee is already stored.</summary>
    private sealed class Stored(Func<EmployeeId, bool> isStored, List<bool> seen, Func<bool> enabled) : INotificationHandler<EmployeeRegistered>
    {
        public Task Handle(EmployeeRegistered notification, CancellationToken cancellationToken)
        {
            if (!enabled())
            {
                return Task.CompletedTask;
            }

            lock (seen)
            {
                seen.Add(isStored(notification.EmployeeId));
            }

            return Task.CompletedTask;
        }
    }

    /// <summary>Keeps the text of every command sent to the database.</summary>
    private sealed class CommandLog(List<string> commands) : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Note(command);
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Note(command);
            return result;
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Note(command);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Note(command);
            return ValueTask.FromResult(result);
        }

        private void Note(DbCommand command)
        {
            lock (commands)
            {
                commands.Add(command.CommandText.TrimStart());
            }
        }
    }
}
