using FluentValidation;
using LatihanAsn.Domain.Common;
using LatihanAsn.Domain.Competencies;
using MediatR;

namespace LatihanAsn.Domain.NeedsAnalysis;

/// <summary>A survey item to ask.</summary>
/// <param name="Competency">The competency code.</param>
/// <param name="Question">The wording, if not the competency's name.</param>
public sealed record SurveyItemInput(string Competency, string? Question = null);

/// <summary>One answer: the two ratings of one item; leave a rating <see langword="null"/> when not answered.</summary>
/// <param name="Competency">The item's competency code.</param>
/// <param name="Importance">Importance (or required level).</param>
/// <param name="Competence">Current competence (or performance).</param>
public sealed record AnswerInput(string Competency, int? Importance, int? Competence);

/// <summary>A proposed topic ("what training do you need?").</summary>
/// <param name="Text">The topic.</param>
/// <param name="Competency">The competency it belongs to, if the respondent knows.</param>
public sealed record ProposalInput(string Text, string? Competency = null);

/// <summary>
/// Opens a participatory needs survey for a population within the caller's scope. The scale defaults to 1-5 for the
/// Borich form and 1-7 for Hennessy-Hicks; each item must be a competency of a framework in force. Returns its identifier.
/// </summary>
/// <param name="Title">The title.</param>
/// <param name="Form">The questionnaire form.</param>
/// <param name="Items">The competencies asked.</param>
/// <param name="Population">Who it is for (default: everyone in the caller's scope).</param>
/// <param name="ScaleMin">The lowest rating, if not the form's default.</param>
/// <param name="ScaleMax">The highest rating, if not the form's default.</param>
/// <param name="AllowsProposals">Whether respondents may propose topics (default yes).</param>
public sealed record OpenNeedsSurvey(string Title, SurveyForm Form, IReadOnlyList<SurveyItemInput> Items, SurveyPopulation? Population = null, int? ScaleMin = null, int? ScaleMax = null, bool AllowsProposals = true) : IRequest<SurveyId>;

/// <summary>Closes a survey whose population the caller's scope covers.</summary>
/// <param name="SurveyId">The survey.</param>
public sealed record CloseNeedsSurvey(SurveyId SurveyId) : IRequest<Unit>;

/// <summary>
/// Submits a respondent's answers to an open survey. The respondent must be in the caller's scope and the survey's
/// population; ratings must be on the survey's scale and items among its items. A second submission replaces the first,
/// which is kept in the response's history. Returns the response's identifier.
/// </summary>
/// <param name="SurveyId">The survey.</param>
/// <param name="Respondent">The respondent.</param>
/// <param name="Answers">The answers (missing ratings as <see langword="null"/>).</param>
/// <param name="Proposals">Proposed topics, if the survey takes them.</param>
public sealed record SubmitSurveyResponse(SurveyId SurveyId, EmployeeId Respondent, IReadOnlyList<AnswerInput> Answers, IReadOnlyList<ProposalInput>? Proposals = null) : IRequest<SurveyResponseId>;

/// <summary>A survey's priority analysis.</summary>
/// <param name="SurveyId">The survey.</param>
/// <param name="Form">Its form.</param>
/// <param name="Scale">Its scale.</param>
/// <param name="Respondents">Respondents counted (within the caller's scope).</param>
/// <param name="Suppressed">Whether there were fewer respondents than the minimum group size, so the figures are withheld.</param>
/// <param name="Borich">Borich MWDS per item, ranked.</param>
/// <param name="Locus">Locus for Focus quadrants.</param>
/// <param name="Combined">The combined Borich and Locus ranking.</param>
/// <param name="HennessyHicks">Hennessy-Hicks needs, ranked (for every form: importance minus competence).</param>
/// <param name="Proposals">Proposed topics, ranked by frequency and spread.</param>
public sealed record SurveyPriorities(
    SurveyId SurveyId,
    SurveyForm Form,
    RatingScale Scale,
    int Respondents,
    bool Suppressed,
    IReadOnlyList<BorichItem> Borich,
    LocusForFocus? Locus,
    IReadOnlyList<CombinedPriorityItem> Combined,
    IReadOnlyList<HennessyHicksItem> HennessyHicks,
    IReadOnlyList<RankedProposal> Proposals);

/// <summary>
/// Computes a survey's priorities from the responses within the caller's scope: Borich, Locus for Focus, their
/// combination, Hennessy-Hicks and the ranked proposals. With fewer respondents than the minimum group size, the result
/// is suppressed (only counts are shown).
/// </summary>
/// <param name="SurveyId">The survey, visible to the caller.</param>
public sealed record ComputeSurveyPriorities(SurveyId SurveyId) : IRequest<SurveyPriorities>;

/// <summary>Finds surveys the caller can see, resolving an OPD caller's region first.</summary>
internal sealed class SurveyAccess(IReadRepository<NeedsSurvey> surveys, IReadRepository<Opd> opds, ICallerScopeAccessor scope)
{
    public async Task<NeedsSurvey?> FindAsync(SurveyId id, CancellationToken cancellationToken)
    {
        var caller = scope.Current;
        string? region = null;
        if (caller.Level == ScopeLevel.Opd)
        {
            region = (await opds.FirstOrDefaultAsync(new OpdByCodeSpec(caller, caller.OpdCode!), cancellationToken).ConfigureAwait(false))?.RegionCode;
        }

        return await surveys.FirstOrDefaultAsync(new NeedsSurveysVisibleSpec(caller, region, id), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Whether the caller's scope covers the survey's whole population (needed to open, close or manage it).</summary>
    public bool CoversPopulation(SurveyPopulation population)
    {
        var caller = scope.Current;
        return caller.Level switch
        {
            ScopeLevel.Province => true,
            ScopeLevel.Region => population.RegionCode == caller.RegionCode,
            _ => population.OpdCode == caller.OpdCode,
        };
    }
}

internal sealed class OpenNeedsSurveyValidator : AbstractValidator<OpenNeedsSurvey>
{
    public OpenNeedsSurveyValidator(IReadRepository<CompetencyFramework> frameworks, IReadRepository<Opd> opds, ICallerScopeAccessor scope, TimeProvider time)
    {
        RuleFor(x => x.Title).Required().MaxChars(300);
        RuleFor(x => x.Form).KnownValue();
        RuleFor(x => x.Items).Required()
            .Must(items => items is null || items.Select(i => i.Competency?.Trim().ToUpperInvariant()).Distinct(StringComparer.Ordinal).Count() == items.Count)
            .WithText("Setiap kompetensi hanya boleh ditanyakan sekali.", "Each competency may be asked only once.");
        RuleForEach(x => x.Items).ChildRules(item =>
        {
            item.RuleFor(i => i.Competency).Required().Must(c => CompetencyCode.TryFrom(c, out _))
                .WithText("Kode kompetensi '{PropertyValue}' tidak valid.", "Competency code '{PropertyValue}' is invalid.");
            item.RuleFor(i => i.Question).MaxChars(1000);
        });
        RuleFor(x => x).Must(x => x.ScaleMin is null == (x.ScaleMax is null)).OverridePropertyName("Scale")
            .WithText("Isi batas bawah dan atas skala bersama-sama.", "Give both ends of the scale, or neither.");
        RuleFor(x => x).Must(x => x.ScaleMin is null || (x.ScaleMin >= 1 && x.ScaleMax > x.ScaleMin && x.ScaleMax <= 100)).OverridePropertyName("Scale")
            .WithText("Skala tidak valid: batas bawah minimal 1, batas atas di atasnya dan paling tinggi 100.", "Invalid scale: the lower end is at least 1, the upper end above it and at most 100.");
        RuleFor(x => x.Population!.PositionKind!.Value).IsInEnum().When(x => x.Population?.PositionKind is not null)
            .OverridePropertyName("Population.PositionKind").WithText("Jenis jabatan tidak dikenal.", "Unknown kind of position.");
        RuleFor(x => x.Population!.OpdCode).MustAsync((code, ct) => opds.AnyAsync(new OpdByCodeSpec(scope.Current, code!), ct))
            .When(x => x.Population?.OpdCode is not null).OverridePropertyName("Population.OpdCode")
            .WithText("OPD '{PropertyValue}' tidak ditemukan dalam cakupan Anda.", "OPD '{PropertyValue}' was not found within your scope.");
        RuleFor(x => x.Items).CustomAsync(async (items, context, ct) =>
        {
            if (items is null)
            {
                return;
            }

            var known = (await frameworks.ListAsync(new FrameworksInForceSpec(time.Today()), ct).ConfigureAwait(false))
                .SelectMany(f => f.Competencies).Select(c => c.Code).ToHashSet();
            for (var i = 0; i < items.Count; i++)
            {
                if (CompetencyCode.TryFrom(items[i].Competency, out var code) && !known.Contains(code))
                {
                    context.AddFailure($"Items[{i}].Competency", Text.Pick(
                        $"Kompetensi {code} tidak ada dalam kerangka yang berlaku.", $"Competency {code} is in no framework in force."));
                }
            }
        });
    }
}

internal sealed class OpenNeedsSurveyHandler(IRepository<NeedsSurvey> surveys, IReadRepository<Opd> opds, ICallerScopeAccessor scope, SurveyAccess access, TimeProvider time, DomainEventPublisher events)
    : IRequestHandler<OpenNeedsSurvey, SurveyId>
{
    public async Task<SurveyId> Handle(OpenNeedsSurvey request, CancellationToken cancellationToken)
    {
        var caller = scope.Current;
        var population = request.Population ?? new SurveyPopulation();
        if (population.OpdCode is { } opdCode)
        {
            var opd = await opds.FirstOrDefaultAsync(new OpdByCodeSpec(caller, opdCode), cancellationToken).ConfigureAwait(false)
                ?? throw new NotFoundInScopeException("OPD", opdCode);
            population = population with { RegionCode = opd.RegionCode };
        }
        else if (population.RegionCode is null && caller.Level != ScopeLevel.Province)
        {
            // A survey opened without a population covers the caller's own scope.
            population = population with { RegionCode = caller.RegionCode, OpdCode = caller.OpdCode };
            if (caller.Level == ScopeLevel.Opd)
            {
                population = population with { RegionCode = (await opds.FirstOrDefaultAsync(new OpdByCodeSpec(caller, caller.OpdCode!), cancellationToken).ConfigureAwait(false))?.RegionCode };
            }
        }

        if (!access.CoversPopulation(population) || (population.OpdCode is not null && population.RegionCode is null))
        {
            throw new ScopeViolationException(caller, Text.Pick("populasi survei", "the survey's population"));
        }

        var scale = request.ScaleMin is { } min
            ? new RatingScale(min, request.ScaleMax!.Value)
            : request.Form == SurveyForm.HennessyHicks ? RatingScale.OneToSeven : RatingScale.OneToFive;
        var survey = NeedsSurvey.Open(
            SurveyId.New(),
            request.Title,
            request.Form,
            scale,
            population,
            request.Items.Select(i => new SurveyItem(CompetencyCode.From(i.Competency), i.Question?.Trim())),
            request.AllowsProposals,
            time.GetUtcNow());
        await surveys.AddAsync(survey, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(survey, cancellationToken).ConfigureAwait(false);
        return survey.Id;
    }
}

internal sealed class CloseNeedsSurveyValidator : AbstractValidator<CloseNeedsSurvey>
{
    public CloseNeedsSurveyValidator(SurveyAccess access)
    {
        RuleFor(x => x.SurveyId).CustomAsync(async (id, context, ct) =>
        {
            var survey = await access.FindAsync(id, ct).ConfigureAwait(false);
            if (survey is null)
            {
                context.AddFailure(Text.Pick("Survei tidak ditemukan dalam cakupan Anda.", "The survey was not found within your scope."));
            }
            else if (survey.Status == SurveyStatus.Closed)
            {
                context.AddFailure(Text.Pick("Survei sudah ditutup.", "The survey is already closed."));
            }
        });
    }
}

internal sealed class CloseNeedsSurveyHandler(IRepository<NeedsSurvey> surveys, SurveyAccess access, ICallerScopeAccessor scope, TimeProvider time, DomainEventPublisher events)
    : IRequestHandler<CloseNeedsSurvey, Unit>
{
    public async Task<Unit> Handle(CloseNeedsSurvey request, CancellationToken cancellationToken)
    {
        var survey = await access.FindAsync(request.SurveyId, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundInScopeException(Text.Pick("Survei", "Survey"), request.SurveyId.ToString());
        if (!access.CoversPopulation(survey.Population))
        {
            throw new ScopeViolationException(scope.Current, Text.Pick($"survei '{survey.Title}'", $"survey '{survey.Title}'"));
        }

        survey.Close(time.GetUtcNow());
        await surveys.UpdateAsync(survey, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(survey, cancellationToken).ConfigureAwait(false);
        return Unit.Value;
    }
}

internal sealed class SubmitSurveyResponseValidator : AbstractValidator<SubmitSurveyResponse>
{
    public SubmitSurveyResponseValidator(SurveyAccess access, IReadRepository<Employee> employees, IReadRepository<Position> positions, ICallerScopeAccessor scope)
    {
        RuleFor(x => x.Answers).NotNull().WithText("Jawaban wajib diisi (boleh kosong bila ada usulan).", "Answers are required (may be empty when there are proposals).");
        RuleForEach(x => x.Answers).ChildRules(answer =>
            answer.RuleFor(a => a.Competency).Required().Must(c => CompetencyCode.TryFrom(c, out _))
                .WithText("Kode kompetensi '{PropertyValue}' tidak valid.", "Competency code '{PropertyValue}' is invalid."));
        RuleForEach(x => x.Proposals).ChildRules(proposal =>
        {
            proposal.RuleFor(p => p.Text).Required().MaxChars(500);
            proposal.RuleFor(p => p.Competency).Must(c => c is null || CompetencyCode.TryFrom(c, out _))
                .WithText("Kode kompetensi '{PropertyValue}' tidak valid.", "Competency code '{PropertyValue}' is invalid.");
        });
        RuleFor(x => x).Must(x => (x.Answers?.Count ?? 0) + (x.Proposals?.Count ?? 0) > 0).OverridePropertyName(nameof(SubmitSurveyResponse.Answers))
            .WithText("Tanggapan memerlukan setidaknya satu jawaban atau usulan.", "A response needs at least one answer or proposal.");
        RuleFor(x => x.Answers)
            .Must(a => a is null || a.Select(x => x.Competency?.Trim().ToUpperInvariant()).Distinct(StringComparer.Ordinal).Count() == a.Count)
            .WithText("Setiap butir hanya boleh dijawab sekali.", "Each item may be answered only once.");
        RuleFor(x => x).CustomAsync(async (request, context, ct) =>
        {
            var survey = await access.FindAsync(request.SurveyId, ct).ConfigureAwait(false);
            if (survey is null)
            {
                context.AddFailure(nameof(request.SurveyId), Text.Pick("Survei tidak ditemukan dalam cakupan Anda.", "The survey was not found within your scope."));
                return;
            }

            if (survey.Status != SurveyStatus.Open)
            {
                context.AddFailure(nameof(request.SurveyId), Text.Pick($"Survei '{survey.Title}' sudah ditutup.", $"Survey '{survey.Title}' is closed."));
            }

            var respondent = await employees.FirstOrDefaultAsync(new EmployeeByIdSpec(scope.Current, request.Respondent), ct).ConfigureAwait(false);
            if (respondent is null)
            {
                context.AddFailure(nameof(request.Respondent), Text.Pick("Responden tidak ditemukan dalam cakupan Anda.", "The respondent was not found within your scope."));
            }
            else
            {
                var position = await positions.FirstOrDefaultAsync(new PositionByIdSpec(scope.Current, respondent.PositionId), ct).ConfigureAwait(false);
                if (position is null || !survey.Population.Includes(respondent.RegionCode, respondent.OpdCode, position.Kind))
                {
                    context.AddFailure(nameof(request.Respondent), Text.Pick("Responden tidak termasuk populasi survei.", "The respondent is not in the survey's population."));
                }
            }

            var scale = survey.Scale;
            for (var i = 0; i < (request.Answers?.Count ?? 0); i++)
            {
                var answer = request.Answers![i];
                if (CompetencyCode.TryFrom(answer.Competency, out var code) && !survey.Asks(code))
                {
                    context.AddFailure($"Answers[{i}].Competency", Text.Pick($"Survei tidak menanyakan {code}.", $"The survey does not ask {code}."));
                }

                foreach (var (name, value) in new[] { (nameof(AnswerInput.Importance), answer.Importance), (nameof(AnswerInput.Competence), answer.Competence) })
                {
                    if (value is { } v && !scale.Contains(v))
                    {
                        context.AddFailure($"Answers[{i}].{name}", Text.Pick($"Nilai {v} di luar skala {scale}.", $"Rating {v} is outside the scale {scale}."));
                    }
                }
            }

            if ((request.Proposals?.Count ?? 0) > 0 && !survey.AllowsProposals)
            {
                context.AddFailure(nameof(request.Proposals), Text.Pick("Survei ini tidak menerima usulan.", "This survey takes no proposals."));
            }
        });
    }
}

internal sealed class SubmitSurveyResponseHandler(
    IRepository<SurveyResponse> responses,
    IReadRepository<Employee> employees,
    IReadRepository<Position> positions,
    SurveyAccess access,
    ICallerScopeAccessor scope,
    TimeProvider time,
    DomainEventPublisher events)
    : IRequestHandler<SubmitSurveyResponse, SurveyResponseId>
{
    public async Task<SurveyResponseId> Handle(SubmitSurveyResponse request, CancellationToken cancellationToken)
    {
        var caller = scope.Current;
        var survey = await access.FindAsync(request.SurveyId, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundInScopeException(Text.Pick("Survei", "Survey"), request.SurveyId.ToString());
        var respondent = await employees.FirstOrDefaultAsync(new EmployeeByIdSpec(caller, request.Respondent), cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundInScopeException(Text.Pick("Pegawai", "Employee"), request.Respondent.ToString());
        var position = await positions.FirstOrDefaultAsync(new PositionByIdSpec(caller, respondent.PositionId), cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundInScopeException(Text.Pick("Jabatan", "Position"), respondent.PositionId.ToString());
        var answers = request.Answers.Select(a => new SurveyAnswer(CompetencyCode.From(a.Competency), a.Importance, a.Competence)).ToArray();
        var proposals = (request.Proposals ?? []).Select(p => new ProposedTopic(p.Text, p.Competency is null ? null : CompetencyCode.From(p.Competency))).ToArray();
        var now = time.GetUtcNow();
        var existing = await responses.FirstOrDefaultAsync(new ResponseOfRespondentSpec(survey.Id, respondent.Id), cancellationToken).ConfigureAwait(false);
        if (existing is null)
        {
            var response = SurveyResponse.Submit(SurveyResponseId.New(), survey, respondent, position.Kind, answers, proposals, now);
            await responses.AddAsync(response, cancellationToken).ConfigureAwait(false);
            await events.PublishAsync(response, cancellationToken).ConfigureAwait(false);
            return response.Id;
        }

        existing.Replace(survey, answers, proposals, now);
        await responses.UpdateAsync(existing, cancellationToken).ConfigureAwait(false);
        await events.PublishAsync(existing, cancellationToken).ConfigureAwait(false);
        return existing.Id;
    }
}

internal sealed class ComputeSurveyPrioritiesValidator : AbstractValidator<ComputeSurveyPriorities>
{
    public ComputeSurveyPrioritiesValidator(SurveyAccess access)
    {
        RuleFor(x => x.SurveyId).MustAsync(async (id, ct) => await access.FindAsync(id, ct).ConfigureAwait(false) is not null)
            .WithText("Survei tidak ditemukan dalam cakupan Anda.", "The survey was not found within your scope.");
    }
}

internal sealed class ComputeSurveyPrioritiesHandler(SurveyAccess access, IReadRepository<SurveyResponse> responses, ICallerScopeAccessor scope, LatihanAsnOptions options)
    : IRequestHandler<ComputeSurveyPriorities, SurveyPriorities>
{
    public async Task<SurveyPriorities> Handle(ComputeSurveyPriorities request, CancellationToken cancellationToken)
    {
        var survey = await access.FindAsync(request.SurveyId, cancellationToken).ConfigureAwait(false)
            ?? throw new NotFoundInScopeException(Text.Pick("Survei", "Survey"), request.SurveyId.ToString());
        var answered = await responses.ListAsync(new SurveyResponsesSpec(scope.Current, survey.Id), cancellationToken).ConfigureAwait(false);
        if (answered.Count < options.MinimumGroupSize)
        {
            return new SurveyPriorities(survey.Id, survey.Form, survey.Scale, answered.Count, true, [], null, [], [], []);
        }

        // Every item is listed, answered or not, so that an item nobody could rate shows as undefined.
        var pairs = answered.SelectMany(r => r.ToRatingPairs())
            .Concat(survey.Items.Select(i => new RatingPair(string.Empty, i.Competency.Value, null, null)));
        var sums = ItemSums.From(pairs, survey.Scale);
        return new SurveyPriorities(
            survey.Id,
            survey.Form,
            survey.Scale,
            answered.Count,
            false,
            BorichRule.Rank(sums),
            LocusForFocusRule.FromSums(sums),
            LocusForFocusRule.Combine(sums),
            HennessyHicksRule.Rank(sums),
            ProposalRule.Rank(answered.SelectMany(r => r.ToProposals())));
    }
}
