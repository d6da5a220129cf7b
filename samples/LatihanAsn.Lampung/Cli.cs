using LatihanAsn.Lampung.Commands;

namespace LatihanAsn.Lampung;

/// <summary>
/// The sample's command line, callable in-process (the tests call it without starting a process). Exit codes: 0 done;
/// 2 bad input (a usage error, a bad file or value), with one message on the error writer and nothing on the output
/// writer; 1 anything unexpected.
/// </summary>
internal static class Cli
{
    public static string Usage => Text.Pick(
        """
        Penggunaan:
          LatihanAsn.Lampung [demo] [--db BERKAS.db|"Host=...;Database=...;Username=..."] [--seed N] [--employees N] [--composer builtin|exact] [--time-limit DETIK] [--format table|json]
              demo: membuat basis data (berkas SQLite, bawaan; atau PostgreSQL dengan string koneksi: skema latihan dibuat ulang), menyemai Provinsi Lampung lewat mediator, lalu menjalankan siklus setahun:
              kebutuhan, rencana, run dan tindak lanjut, evaluasi; meringkas JPM dan kepatuhan 20 JP sebelum dan sesudah
          LatihanAsn.Lampung competency jpm --input BERKAS.csv [--format table|json]
              JPM satu orang; CSV dengan tajuk competency,required,actual
          LatihanAsn.Lampung competency ninebox --performance di-bawah|sesuai|di-atas --potential rendah|menengah|tinggi [--format table|json]
              kotak talenta (9-box)
          LatihanAsn.Lampung needs borich --input BERKAS.csv [--min 1] [--max 5] [--format table|json]
              peringkat MWDS Borich; CSV dengan tajuk respondent,competency,importance,competence (sel kosong: tidak dijawab)
          LatihanAsn.Lampung needs locus --input BERKAS.csv [--min 1] [--max 5] [--format table|json]
              kuadran Locus for Focus (HH, HL, LH, LL); CSV yang sama
          LatihanAsn.Lampung needs hours --input BERKAS.csv --year TTTT [--format table|json]
              JP per NIP dalam setahun terhadap 20 JP; CSV dengan tajuk nip,date,form,minutes
          LatihanAsn.Lampung compose --input BERKAS.json [--exact|--heuristic] [--composer builtin|exact] [--time-limit DETIK] [--format table|json]
              menyusun rencana tahunan dari masalah JSON mandiri (examples/compose.schema.json)
          LatihanAsn.Lampung followup due --as-of TTTT-BB-HH [--region NAMA] [--horizon 7] [--db BERKAS.db|KONEKSI] [--format table|json]
              yang perlu perhatian pada suatu hari di basis data demo (pertemuan mentoring, tahap rencana aksi, evaluasi,
              sertifikat, bukti yang menunggu konfirmasi, pegawai di bawah 20 JP, run yang akan mulai)
          LatihanAsn.Lampung evaluate skm --input BERKAS.csv [--weights exact|truncated | --weights-file BERKAS.csv] [--format table|json]
              indeks SKM (PermenPAN-RB 14/2017); CSV dengan tajuk respondent,U1,...,U9 (1-4, sel kosong: tidak dijawab);
              bobot khusus: CSV dengan tajuk element,weight (jumlah tepat 1)
          LatihanAsn.Lampung evaluate gain --input BERKAS.csv [--max 100] [--format table|json]
              gain Hake kelas dan individu, d_z dan t; CSV dengan tajuk participant,pre,post
          LatihanAsn.Lampung evaluate roi --benefits ANGKA --costs ANGKA [--format table|json]
              BCR dan ROI % (Phillips)
          LatihanAsn.Lampung evaluate nps --input BERKAS.csv [--format table|json]
              Net Promoter Score; CSV dengan tajuk respondent,score (0-10, sel kosong: tidak dijawab)
          LatihanAsn.Lampung evaluate reaction --input BERKAS.csv [--min 1] [--max 5] [--format table|json]
              rata-rata reaksi per butir dan keseluruhan dengan pitanya; CSV dengan tajuk respondent,item,score
        """,
        """
        Usage:
          LatihanAsn.Lampung [demo] [--db FILE.db|"Host=...;Database=...;Username=..."] [--seed N] [--employees N] [--composer builtin|exact] [--time-limit SECONDS] [--format table|json]
              the demo: creates a database (a SQLite file, the default; or PostgreSQL by connection string: the latihan schema is recreated), seeds Lampung Province through the mediator, then runs a year's cycle:
              needs, plan, runs and follow-up, evaluation; summarises JPM and 20 JP compliance before and after
          LatihanAsn.Lampung competency jpm --input FILE.csv [--format table|json]
              one person's JPM; a CSV with the header competency,required,actual
          LatihanAsn.Lampung competency ninebox --performance di-bawah|sesuai|di-atas --potential rendah|menengah|tinggi [--format table|json]
              the talent box (9-box)
          LatihanAsn.Lampung needs borich --input FILE.csv [--min 1] [--max 5] [--format table|json]
              Borich MWDS ranking; a CSV with the header respondent,competency,importance,competence (a blank cell: not answered)
          LatihanAsn.Lampung needs locus --input FILE.csv [--min 1] [--max 5] [--format table|json]
              Locus for Focus quadrants (HH, HL, LH, LL); the same CSV
          LatihanAsn.Lampung needs hours --input FILE.csv --year YYYY [--format table|json]
              JP per NIP in a year against the 20 JP owed; a CSV with the header nip,date,form,minutes
          LatihanAsn.Lampung compose --input FILE.json [--exact|--heuristic] [--composer builtin|exact] [--time-limit SECONDS] [--format table|json]
              composes a yearly plan from a self-contained JSON problem (examples/compose.schema.json)
          LatihanAsn.Lampung followup due --as-of YYYY-MM-DD [--region NAME] [--horizon 7] [--db FILE.db|CONNECTION] [--format table|json]
              what needs attention on a day in the demo's database (mentoring check-ins, action-plan milestones, evaluations,
              certificates, evidence to confirm, employees below 20 JP, runs starting)
          LatihanAsn.Lampung evaluate skm --input FILE.csv [--weights exact|truncated | --weights-file FILE.csv] [--format table|json]
              the SKM index (PermenPAN-RB 14/2017); a CSV with the header respondent,U1,...,U9 (1-4, a blank cell: not answered);
              custom weights: a CSV with the header element,weight (summing to exactly 1)
          LatihanAsn.Lampung evaluate gain --input FILE.csv [--max 100] [--format table|json]
              Hake class and individual gain, d_z and t; a CSV with the header participant,pre,post
          LatihanAsn.Lampung evaluate roi --benefits NUMBER --costs NUMBER [--format table|json]
              BCR and ROI % (Phillips)
          LatihanAsn.Lampung evaluate nps --input FILE.csv [--format table|json]
              Net Promoter Score; a CSV with the header respondent,score (0-10, a blank cell: not answered)
          LatihanAsn.Lampung evaluate reaction --input FILE.csv [--min 1] [--max 5] [--format table|json]
              reaction means per item and overall with their band; a CSV with the header respondent,item,score
        """);

    /// <summary>Runs a command line.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="stdout">Where results go; written only when the command succeeds.</param>
    /// <param name="stderr">Where errors and the usage text go.</param>
    /// <param name="time">The clock that says which rule sets are in force (default: the system clock).</param>
    /// <param name="cancellationToken">Cancels the demo.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        try
        {
            var arguments = Arguments.Parse(args);
            if (arguments.Help)
            {
                stdout.WriteLine(Usage);
                return 0;
            }

            // Commands write to a buffer first, so a failure halfway leaves the output empty.
            var output = new StringWriter();
            switch (arguments.Words)
            {
                case [] or ["demo"]:
                    await DemoCommand.RunAsync(arguments, output, cancellationToken);
                    break;
                case ["competency", "jpm"]:
                    RuleCommands.Jpm(arguments, output, time ?? TimeProvider.System);
                    break;
                case ["competency", "ninebox"]:
                    RuleCommands.NineBox(arguments, output, time ?? TimeProvider.System);
                    break;
                case ["needs", "borich"]:
                    NeedsCommands.Borich(arguments, output);
                    break;
                case ["needs", "locus"]:
                    NeedsCommands.Locus(arguments, output);
                    break;
                case ["needs", "hours"]:
                    NeedsCommands.Hours(arguments, output);
                    break;
                case ["compose"]:
                    ComposeCommand.Compose(arguments, output);
                    break;
                case ["followup", "due"]:
                    await FollowUpCommands.DueAsync(arguments, output, cancellationToken);
                    break;
                case ["evaluate", "skm"]:
                    EvaluateCommands.Skm(arguments, output);
                    break;
                case ["evaluate", "gain"]:
                    EvaluateCommands.Gain(arguments, output);
                    break;
                case ["evaluate", "roi"]:
                    EvaluateCommands.Roi(arguments, output);
                    break;
                case ["evaluate", "nps"]:
                    EvaluateCommands.Nps(arguments, output);
                    break;
                case ["evaluate", "reaction"]:
                    EvaluateCommands.Reaction(arguments, output);
                    break;
                default:
                    throw new UsageException(Text.Pick($"perintah tidak dikenal: {string.Join(' ', arguments.Words)}", $"unknown command: {string.Join(' ', arguments.Words)}"));
            }

            await stdout.WriteAsync(output.ToString());
            return 0;
        }
        catch (UsageException e)
        {
            stderr.WriteLine(e.Message);
            stderr.WriteLine(Usage);
            return 2;
        }
        catch (InputException e)
        {
            stderr.WriteLine(e.Message);
            return 2;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            stderr.WriteLine(Text.Pick($"Galat tak terduga: {e}", $"Unexpected error: {e}"));
            return 1;
        }
    }
}
