import type { QuestionnaireTranslation } from '../../../../shared/contracts/questionnaires';

/**
 * The default questionnaire (version 2) in Indonesian, formal-friendly ("Anda"). Keys and option
 * values are the English document's; the translations-coverage test keeps them in step with it.
 */
export const ID_TEXT: QuestionnaireTranslation = {
  title: 'Seberapa siap tim Anda bekerja dengan kontraktor backend yang bekerja secara asinkron?',
  intro:
    'Kami hanya menerima pekerjaan backend yang dapat diambil seorang engineer berdasarkan spesifikasi tertulis dan ' +
    'diselesaikan tanpa ikut rapat-rapat Anda. Pertanyaan berikut menggambarkan cara kerja tim Anda saat ini, jadi ' +
    'pilihlah jawaban yang benar sekarang, bukan yang sedang Anda tuju. Jika tersedia pilihan “Saya tidak yakin”, itu ' +
    'jawaban yang baik: tebakan memberi tahu kami lebih sedikit daripada kekurangan yang diakui dengan jujur.',

  dimensions: {
    documentation: {
      title: 'Dokumentasi sistem',
      description:
        'Apakah perilaku sistem tercatat secara tertulis (arsitektur, alur data, runbook), atau hanya ada di kepala satu atau dua engineer dan di utas chat?',
      questions: {
        documentation_architecture: {
          prompt:
            'Apakah ada deskripsi tertulis tentang bagaimana backend Anda dibangun: layanan-layanannya, penyimpanan datanya, dan bagaimana semuanya terhubung?',
          options: {
            nothing_written: 'Tidak, belum ada yang seperti itu secara tertulis',
            written_but_outdated: 'Pernah ada yang ditulis, tetapi sistemnya sudah berubah sejak itu',
            partly_current: 'Sebagian sudah ditulis dan masih mutakhir; sebagian lainnya belum',
            written_and_current: 'Ya, sudah ditulis dan diperbarui setiap kali sistem berubah',
            not_sure: 'Saya tidak yakin',
          },
        },
        documentation_onboarding: {
          prompt: 'Bagaimana engineer backend terakhir yang bergabung mempelajari cara kerja sistem?',
          options: {
            pairing_with_one_person: 'Dengan pair programming bersama satu-satunya orang yang memahaminya',
            asking_around: 'Dengan bertanya ke sana kemari lewat chat dan panggilan, serta membaca kodenya',
            docs_plus_walkthroughs:
              'Dari sebagian dokumentasi tertulis, ditambah beberapa sesi penjelasan untuk menutup kekurangannya',
            mostly_from_docs: 'Sebagian besar dari dokumentasi tertulis, dan pertanyaannya dijawab secara tertulis',
            not_sure: 'Saya tidak yakin',
          },
        },
        documentation_artifacts: {
          prompt:
            'Manakah di antara berikut yang saat ini ada secara tertulis dan masih sesuai dengan cara kerja sistem? Centang semua yang berlaku.',
          options: {
            system_overview: 'Gambaran umum atau diagram layanan dan penyimpanan data',
            data_model: 'Deskripsi model data utama dan ke mana data mengalir',
            runbooks: 'Runbook untuk deployment, rollback, atau penanganan insiden yang umum',
            api_reference: 'Referensi API, misalnya file OpenAPI, yang selalu diselaraskan dengan kode',
            decision_records: 'Catatan keputusan teknis sebelumnya beserta alasannya',
            none_of_these: 'Tidak ada satu pun',
          },
        },
        documentation_notes: {
          prompt: 'Ada hal lain tentang cara tim Anda mendokumentasikan pekerjaannya?',
          help: 'Opsional. Misalnya, di mana dokumentasi disimpan, atau apa yang pernah Anda coba tetapi tidak bertahan.',
          options: {},
        },
      },
    },
    specification: {
      title: 'Spesifikasi pekerjaan',
      description:
        'Apakah tiket backend memuat konteks sistem, kontrak API, dan kriteria penerimaan beserta definition of done, yang ditulis sebelum pekerjaan dimulai?',
      questions: {
        specification_acceptance_criteria: {
          prompt: 'Berapa banyak tiket backend Anda yang memiliki kriteria penerimaan yang ditulis sebelum pekerjaan dimulai?',
          options: {
            almost_none: 'Hampir tidak ada; sebuah tiket biasanya hanya berupa judul atau satu-dua baris',
            some: 'Sebagian, terutama untuk fitur yang lebih besar',
            most: 'Sebagian besar tiket memilikinya',
            every_ticket: 'Setiap tiket; pekerjaan tidak dimulai tanpanya',
            not_sure: 'Saya tidak yakin',
          },
        },
        specification_api_contracts: {
          prompt:
            'Ketika suatu pekerjaan menambah atau mengubah API, apakah kontraknya (endpoint, struktur request dan response, error) ditulis sebelum coding dimulai?',
          options: {
            worked_out_in_code: 'Tidak, kontraknya terbentuk sambil menulis kode',
            external_apis_only: 'Kadang-kadang, biasanya hanya untuk API yang dipakai klien eksternal',
            usually_but_shifts: 'Biasanya, meskipun detailnya sering berubah selama pekerjaan berlangsung',
            agreed_before_coding: 'Ya, kontraknya disepakati secara tertulis (di tiket atau file skema) sebelum coding dimulai',
            not_sure: 'Saya tidak yakin',
          },
        },
        specification_done: {
          prompt: 'Bagaimana Anda memutuskan bahwa suatu pekerjaan backend yang sudah diserahkan telah selesai?',
          options: {
            no_clear_point: 'Tidak ada titik yang jelas; pekerjaan terus berjalan sampai terasa pas',
            agreed_in_call_after_delivery: 'Penerimaan disepakati dalam panggilan setelah pekerjaan diserahkan',
            checked_against_vague_ticket:
              'Seseorang memeriksanya berdasarkan tiket, tetapi isi tiket sering masih bisa diperdebatkan',
            checked_against_written_criteria:
              'Pekerjaan diperiksa berdasarkan kriteria penerimaan dan definition of done yang ditulis sebelum pekerjaan dimulai',
          },
        },
      },
    },
    handoff: {
      title: 'Serah terima',
      description:
        'Dapatkah seseorang yang belum mengenal sistem mengambil tiket backend berikutnya dan menghasilkan sesuatu yang siap di-review tanpa perlu dipandu?',
      questions: {
        handoff_next_ticket: {
          prompt:
            'Ambil tiket backend berikutnya dalam antrean Anda. Jika seorang engineer yang belum pernah melihat sistem Anda mengambilnya, apa yang akan terjadi?',
          options: {
            needs_walkthrough: 'Ia perlu dipandu oleh seseorang sebelum bisa mulai',
            several_calls: 'Ia bisa mulai, tetapi butuh beberapa panggilan untuk menutup kekurangannya',
            written_questions: 'Ia bisa mulai, dengan beberapa pertanyaan tertulis yang dijawab sambil jalan',
            reviewable_from_ticket: 'Ia bisa menghasilkan pull request yang siap di-review hanya dari tiket dan dokumentasinya',
            not_sure: 'Saya tidak yakin',
          },
        },
        handoff_local_setup: {
          prompt:
            'Berapa lama waktu yang dibutuhkan engineer baru untuk menjalankan backend di komputernya sendiri dengan semua tes lulus?',
          options: {
            never_without_help: 'Berhari-hari atau lebih, dan belum ada yang berhasil tanpa bantuan',
            days_with_help: 'Satu atau dua hari, dengan seorang rekan tim mendampinginya',
            readme_with_gaps: 'Beberapa jam dengan mengikuti README, ditambah satu-dua pertanyaan',
            readme_under_an_hour: 'Kurang dari satu jam, hanya dengan mengikuti README',
            not_sure: 'Saya tidak yakin',
          },
        },
        handoff_day_one: {
          prompt:
            'Manakah di antara berikut yang bisa digunakan engineer dari luar sejak hari pertama, tanpa perlu seseorang menyiapkannya secara manual? Centang semua yang berlaku.',
          options: {
            test_environment: 'Lingkungan staging atau pengujian yang bisa ia gunakan untuk deploy',
            test_data: 'Data uji yang realistis atau skrip seed',
            ci_on_pull_requests: 'CI yang menjalankan tes pada setiap pull request',
            logs_and_errors: 'Log dan pelacakan error yang bisa ia baca',
            owner_list: 'Daftar tertulis tentang siapa yang bisa ditanya mengenai bagian sistem yang mana',
            none_of_these: 'Tidak ada satu pun',
          },
        },
      },
    },
    scoping: {
      title: 'Kategorisasi backlog',
      description:
        'Apakah tim memisahkan pekerjaan yang membutuhkan kepemilikan jangka panjang dari pekerjaan dengan cakupan yang jelas dan titik selesai, dan apakah pekerjaan seperti itu sedang menunggu sekarang?',
      questions: {
        scoping_waiting_now: {
          prompt:
            'Apakah saat ini ada pekerjaan backend dengan cakupan yang jelas yang sedang menunggu, seperti layanan baru, integrasi, migrasi, atau komponen yang menghambat pekerjaan lain?',
          options: {
            nothing_waiting: 'Tidak, tidak ada yang seperti itu yang sedang menunggu',
            ideas_only: 'Ada ide-ide, tetapi belum ada yang bisa kami uraikan dalam satu halaman',
            waiting_not_written: 'Ya, setidaknya satu pekerjaan sedang menunggu, tetapi belum dituliskan',
            waiting_and_written: 'Ya, dan setidaknya satu sudah dituliskan dengan cukup baik untuk mulai dikerjakan',
          },
        },
        scoping_separation: {
          prompt:
            'Apakah backlog Anda memisahkan pekerjaan yang punya titik selesai dari pekerjaan berkelanjutan seperti pemeliharaan, on-call, dan iterasi produk?',
          options: {
            one_list: 'Tidak, semuanya ada dalam satu daftar',
            in_leads_head: 'Hanya secara informal; pimpinan tim tahu mana yang mana',
            some_projects_marked: 'Sebagian; beberapa proyek atau epic punya titik akhir yang jelas',
            tracked_separately:
              'Ya; proyek dengan cakupan jelas dilacak terpisah, masing-masing dengan kondisi akhir yang tertulis',
            not_sure: 'Saya tidak yakin',
          },
        },
        scoping_finish_line: {
          prompt:
            'Untuk pekerjaan dengan cakupan jelas terbesar yang Anda pikirkan, seberapa jelas kondisi akhirnya didefinisikan?',
          options: {
            nothing_in_mind: 'Tidak ada pekerjaan tertentu yang sedang dipikirkan',
            end_would_shift:
              'Kami kurang lebih tahu apa yang kami inginkan, tetapi titik akhirnya akan bergeser seiring jalannya pekerjaan',
            agreed_verbally: 'Kondisi akhirnya sudah disepakati di antara kami, tetapi belum ditulis',
            written_with_out_of_scope: 'Kondisi akhirnya sudah ditulis, termasuk apa yang berada di luar cakupan',
          },
        },
      },
    },
    async: {
      title: 'Kolaborasi asinkron',
      description:
        'Apakah masukan diberikan secara tertulis, kode di-review melalui pull request, dan keputusan dicatat? Dapatkah engineer dari luar berkontribusi tanpa ikut standup?',
      questions: {
        async_without_standups: {
          prompt: 'Dapatkah engineer dari luar berkontribusi sepenuhnya tanpa ikut standup atau rapat rutin Anda lainnya?',
          options: {
            meetings_expected: 'Tidak; semua yang mengerjakan kode diharapkan hadir di standup dan rapat perencanaan',
            some_meetings_weekly: 'Hanya jika ia ikut beberapa rapat setiap minggu',
            occasional_call: 'Sebagian besar bisa; sesekali tetap perlu panggilan',
            all_in_writing: 'Ya; tiket, pertanyaan, dan review semuanya berlangsung secara tertulis',
          },
        },
        async_code_review: {
          prompt: 'Bagaimana perubahan kode backend di-review?',
          options: {
            not_reviewed: 'Pada umumnya tidak di-review; perubahan langsung masuk',
            walked_through_in_call: 'Penulisnya menjelaskan perubahan itu kepada rekan tim dalam sebuah panggilan',
            pull_requests_slow: 'Melalui pull request, tetapi review sering tertunda beberapa hari',
            pull_requests_within_a_day: 'Melalui pull request, dengan komentar tertulis, biasanya dalam satu hari',
            not_sure: 'Saya tidak yakin',
          },
        },
        async_decisions: {
          prompt:
            'Ketika keputusan teknis dibuat (sebuah library, perubahan skema, bentuk sebuah API), di mana keputusan itu akhirnya berada?',
          options: {
            meetings_not_written: 'Keputusan dibuat dalam rapat atau panggilan dan tidak ditulis',
            chat_threads: 'Di utas chat, yang sulit ditemukan sebulan kemudian',
            ticket_or_pull_request: 'Di tiket atau pull request tempat keputusan itu muncul',
            decision_log: 'Di log keputusan atau dokumen desain yang biasa ditautkan orang',
            not_sure: 'Saya tidak yakin',
          },
        },
      },
    },
    ownership: {
      title: 'Peran seputar dokumentasi dan proses',
      description:
        'Apakah ada orang yang ditunjuk untuk menulis atau menyetujui spesifikasi, orang yang me-review hasil pekerjaan, orang yang menentukan cakupan, dan waktu yang dialokasikan untuk review?',
      questions: {
        ownership_spec_author: {
          prompt: 'Apakah ada orang yang ditunjuk untuk menulis atau menyetujui spesifikasi backend sebelum pekerjaan dimulai?',
          options: {
            nobody:
              'Tidak; siapa pun yang mengambil pekerjaan itu mencari tahu sendiri apa yang seharusnya dicapai pekerjaan itu',
            whoever_is_free: 'Siapa pun yang punya waktu menulisnya; tidak ada yang ditunjuk',
            named_but_stretched: 'Satu orang ditunjuk, tetapi ia jarang sempat melakukannya sebelum pekerjaan dimulai',
            named_and_approves: 'Ya; orang yang ditunjuk menulis atau menyetujui setiap spesifikasi sebelum pekerjaan dimulai',
          },
        },
        ownership_reviewer: {
          prompt:
            'Apakah ada orang yang ditunjuk untuk me-review hasil pekerjaan backend dan memutuskan apakah pekerjaan itu diterima?',
          options: {
            nobody: 'Tidak; pekerjaan di-merge begitu bisa berjalan',
            whoever_is_around: 'Siapa pun yang sedang ada yang me-review-nya',
            named_no_backup: 'Satu orang yang ditunjuk, dan pekerjaan tertahan saat ia sibuk atau tidak ada',
            named_with_backup: 'Ya; seorang reviewer yang ditunjuk, dengan cadangan yang juga ditunjuk saat ia tidak ada',
          },
        },
        ownership_review_time: {
          prompt:
            'Apakah setiap minggu ada waktu yang dialokasikan untuk menulis spesifikasi dan me-review pekerjaan yang diserahkan orang lain?',
          options: {
            no_time: 'Tidak; tidak ada waktu yang dialokasikan untuk review',
            when_someone_finds_time: 'Dilakukan kalau ada yang sempat',
            planned_but_dropped: 'Ada waktu yang direncanakan, tetapi itulah yang pertama dikorbankan saat minggu sedang sibuk',
            blocked_and_protected: 'Ya; ada jam yang diblok setiap minggu dan benar-benar dipakai untuk itu',
          },
        },
      },
    },
  },

  contactFields: {
    name: { label: 'Nama Anda' },
    email: { label: 'Email kantor' },
    company: { label: 'Perusahaan' },
    role: { label: 'Peran Anda' },
    teamSize: { label: 'Ukuran tim', help: 'Jumlah engineer di tim Anda, termasuk Anda sendiri jika Anda menulis kode.' },
    timezone: { label: 'Zona waktu', help: 'Nama IANA untuk zona waktu utama tim Anda, misalnya Asia/Jakarta.' },
  },

  backlogPrompt: {
    prompt: 'Pekerjaan backend apa yang sedang menunggu saat ini?',
    help:
      'Beberapa baris per item sudah cukup: apa pekerjaannya, bagian mana yang tersentuh, dan seperti apa kondisi “selesai”. ' +
      'Jangan sertakan hal yang bersifat rahasia.',
  },

  consentText:
    'Saya setuju Anda menyimpan jawaban saya untuk menilai apakah kita cocok bekerja sama dan untuk menghubungi saya terkait ' +
    'jawaban tersebut. Anda menyimpannya paling lama 365 hari, dan saya dapat meminta Anda menghapusnya kapan saja.',

  contradictions: {
    criteria_vs_acceptance_call:
      'Menurut jawaban, setiap tiket memiliki kriteria penerimaan yang ditulis sebelum pekerjaan dimulai, tetapi penerimaan disepakati dalam panggilan setelah pekerjaan diserahkan.',
    architecture_vs_pairing:
      'Menurut jawaban, arsitektur sudah ditulis dan mutakhir, tetapi engineer baru mempelajari sistem dengan pair programming bersama satu-satunya orang yang memahaminya.',
    fast_review_vs_no_review_time:
      'Menurut jawaban, pull request di-review dalam satu hari, tetapi tidak ada waktu yang dialokasikan untuk review.',
    no_standups_vs_unwritten_decisions:
      'Menurut jawaban, engineer dari luar dapat berkontribusi tanpa ikut rapat, tetapi keputusan dibuat dalam rapat dan tidak ditulis.',
    written_reviews_vs_call_reviews:
      'Menurut jawaban, pertanyaan dan review berlangsung secara tertulis, tetapi perubahan kode di-review dengan menjelaskannya dalam panggilan.',
    ticket_alone_vs_pairing:
      'Menurut jawaban, pendatang baru dapat menyelesaikan tiket berikutnya hanya dari tiket dan dokumentasi, tetapi engineer baru mempelajari sistem dengan pair programming bersama satu-satunya orang yang memahaminya.',
  },

  report: {
    bandReadings: {
      ready:
        'Tim Anda sudah bekerja dengan cara yang dibutuhkan kerja sama asinkron dengan kontraktor: sistemnya tercatat secara ' +
        'tertulis, tiket memuat konteks dan kriteria penerimaannya, dan pertanyaan dijawab secara tertulis. Seorang kontraktor ' +
        'dapat mulai mengerjakan pekerjaan backend dengan cakupan yang jelas berdasarkan spesifikasi dan menyelesaikannya tanpa ' +
        'ikut rapat Anda.',
      close:
        'Sebagian besar yang dibutuhkan kerja asinkron sudah tersedia, dan kekurangannya spesifik. Tutup kekurangan yang ' +
        'tercantum di bawah ini (biasanya beberapa minggu menuliskan berbagai hal, bukan perubahan proses), maka seorang ' +
        'kontraktor dapat mengambil pekerjaan backend dengan cakupan yang jelas berdasarkan spesifikasi tertulis.',
      foundation:
        'Saat ini pengetahuan tentang cara kerja sistem Anda sebagian besar ada pada orang-orang, bukan dalam bentuk tertulis, ' +
        'sehingga engineer dari luar akan menghabiskan waktunya untuk bertanya alih-alih membangun. Hal ini umum dan bisa ' +
        'diperbaiki: mulailah dengan saran di bawah untuk skor terendah Anda, dan sisanya akan makin mudah di setiap langkah.',
    },
    advice: {
      documentation:
        'Tulis peta backend satu halaman (layanan, penyimpanan data, dan bagaimana semuanya terhubung) serta runbook untuk dua ' +
        'hal yang paling sering rusak. Simpan keduanya di repositori, dan perbarui keduanya dalam pull request yang sama dengan ' +
        'yang mengubah sistem.',
      specification:
        'Sebelum sebuah tiket backend mulai dikerjakan, lengkapi tiket itu dengan konteks sistem yang disentuhnya, kontrak API ' +
        'yang diubahnya, dan kriteria penerimaan yang dapat diperiksa oleh reviewer. Sepakati definition of done di dalam ' +
        'tiket, bukan dalam panggilan setelah pekerjaan diserahkan.',
      handoff:
        'Pilih tiket backend berikutnya dan minta seseorang yang belum pernah mengerjakan bagian sistem itu untuk membacanya ' +
        'tanpa penjelasan apa pun. Setiap pertanyaan yang ia ajukan adalah sesuatu yang perlu ditambahkan ke tiket atau ' +
        'dokumentasi; jawablah secara tertulis di tempat orang berikutnya akan menemukannya.',
      scoping:
        'Pilah backlog menjadi pekerjaan yang membutuhkan kepemilikan jangka panjang dan pekerjaan dengan cakupan yang jelas ' +
        'dan titik selesai: sebuah layanan, integrasi, migrasi, atau komponen yang menghambat. Jenis kedua inilah yang dapat ' +
        'dikerjakan lebih dulu oleh kontraktor asinkron.',
      async:
        'Pindahkan masukan dan keputusan ke dalam bentuk tertulis: review kode melalui pull request, catat keputusan di commit ' +
        'atau log keputusan, dan jawab pertanyaan di utas alih-alih lewat panggilan, agar orang di luar standup Anda dapat ' +
        'mengikutinya.',
      ownership:
        'Tentukan siapa yang menulis atau menyetujui spesifikasi, siapa yang me-review hasil pekerjaan, dan siapa yang ' +
        'menentukan cakupan, lalu alokasikan waktu setiap minggu untuk review. Tanpa nama-nama itu, pekerjaan yang sudah ' +
        'diserahkan akan terus menunggu.',
    },
  },
};
