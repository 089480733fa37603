import { prose } from './demo-prose';
import type { DemoTranslation } from './demo-translations';

/** Indonesian versions of two demo articles, the authors' roles and bios, and the settings. */
export const indonesian: DemoTranslation = {
  authors: {
    'ayu-kartikasari': {
      role: 'Pengembang Backend',
      bio: 'Ayu membangun dan memelihara layanan backend dari kantor Asyncline di Magelang. Sebelum bergabung, ia bekerja beberapa tahun sebagai kontraktor independen untuk perusahaan rintisan di Australia dan Eropa, terutama pada integrasi pembayaran, migrasi data, serta kode antrean dan percobaan ulang yang menjaga semuanya tetap berjalan. Ia menulis tentang apa yang membuat sebuah tiket bisa diselesaikan dan apa yang membuat serah terima bertahan.',
    },
    'jonas-vinther': {
      role: 'Pendiri & Konsultan Utama',
      bio: 'Jonas mendirikan Asyncline di Kopenhagen setelah satu dekade memimpin tim backend di startup produk, tempat ia terus melihat engineer yang baik terhambat oleh pekerjaan yang tidak pernah dituliskan. Kini ia menghabiskan sebagian besar waktunya membantu para pendiri memutuskan bagian backlog mana yang bisa dikerjakan engineer dari luar, dan bagian mana yang sebaiknya tetap di tim mereka sendiri.',
    },
  },
  articles: {
    'backend-ticket-without-a-call': {
      title: 'Cara Menulis Tiket Backend yang Bisa Diselesaikan Engineer Luar Tanpa Panggilan',
      summary:
        'Struktur praktis untuk tiket backend yang membawa konteksnya sendiri: apa yang sudah ada, apa yang harus berubah, kontraknya, kriteria penerimaan, dan apa yang berada di luar cakupan.',
      market: null,
      body: prose(
        'Sebagian besar tiket backend ditulis sebagai pengingat. Orang yang menulisnya sudah mengenal sistemnya, sejarahnya, dan alasan pekerjaan itu penting, jadi satu baris sudah cukup bagi mereka. Bagi orang di luar tim, baris yang sama adalah awal sebuah percakapan, dan jika orang itu berada lima atau sepuluh jam jauhnya, setiap putaran percakapan memakan satu hari.',
        'Sebagai kontraktor, saya sudah menerima banyak tiket. Tiket yang bisa saya selesaikan tanpa panggilan selalu punya bagian yang sama. Tidak ada yang panjang; sebagian besar muat dalam satu layar.',
        '## Bagian-bagian tiket yang bisa diselesaikan',
        [
          '- Konteks: dua atau tiga kalimat tentang mengapa pekerjaan ini ada dan untuk siapa.',
          '- Perilaku saat ini: apa yang dilakukan sistem hari ini, dengan tautan ke kode, tabel, atau endpoint yang relevan.',
          '- Perilaku yang diinginkan: apa yang harus benar ketika pekerjaan selesai, dilihat dari luar.',
          '- Kontrak: bentuk request dan response, respons galat, dan kode status.',
          '- Kriteria penerimaan: daftar pendek pernyataan yang benar atau salah, masing-masing bisa diuji.',
          '- Di luar cakupan: apa yang tidak boleh disentuh kontraktor, meskipun tampak rusak.',
        ].join('\n'),
        '## Tiket yang baik juga dokumentasi',
        'Setelah pekerjaan di-merge, konteks, kontrak, dan keputusan di dalam tiket menjadi catatan tentang mengapa sistem berperilaku seperti itu. Cobalah pada satu tiket, lalu bandingkan berapa banyak pesan yang dibutuhkan untuk menutupnya dengan tiket terakhir yang Anda tulis secara singkat.'
      ),
      cta: {
        heading: 'Seberapa siap tiket Anda untuk diselesaikan?',
        text: 'Bagian spesifikasi dan dokumentasi di kuesioner kami menanyakan bagaimana tiket Anda ditulis saat ini. Kirimkan satu contoh, dan kami akan memberi tahu apa yang pertama kali akan ditanyakan engineer dari luar.',
        sellingPoints: [
          'Kontraktor yang bekerja dari spesifikasi tertulis',
          'Pertanyaan dijawab di tiket, bukan di rapat',
          'Kriteria penerimaan disepakati sebelum pekerjaan dimulai',
        ],
        buttonLabel: 'Mulai kuesioner',
      },
      seo: {
        metaTitle: 'Tiket Backend yang Bisa Diselesaikan Orang Luar | Asyncline',
        metaDescription:
          'Struktur praktis untuk tiket backend yang bisa diselesaikan engineer dari luar tanpa panggilan: konteks, perilaku, kontrak, kriteria penerimaan, dan cakupan.',
      },
      externalLinks: {
        'https://developer.mozilla.org/en-US/docs/Web/HTTP/Status': {
          title: 'Kode status respons HTTP (MDN)',
          summary: 'Referensi sederhana untuk memilih dan mendokumentasikan kode status saat Anda menuliskan kontrak API.',
        },
      },
    },
    'async-review-and-handoff': {
      title: 'Seperti Apa Code Review dan Serah Terima Asinkron yang Baik?',
      summary:
        'Cara meninjau pull request kontraktor secara tertulis, menyimpan keputusan di tempat yang mudah ditemukan, dan menutup pekerjaan dengan serah terima yang bisa langsung dilanjutkan tim Anda.',
      market: null,
      body: prose(
        'Ketika kontraktor bekerja di zona waktu yang berbeda, sebagian besar kolaborasi terjadi di pull request. Di sanalah pekerjaan dijelaskan, dipertanyakan, diperbaiki, dan akhirnya diterima. Jika review lambat atau kabur, perbedaan waktu mengubah setiap salah paham kecil menjadi satu hari yang hilang. Jika jelas, perbedaan waktu hampir tidak berarti.',
        '## Cara meninjau secara tertulis',
        [
          '- Katakan apakah sebuah komentar menghalangi merge. Awalan seperti “Wajib:” dan “Kecil:” memang kasar, tetapi efektif.',
          '- Jelaskan alasannya, bukan hanya perubahannya.',
          '- Kumpulkan komentar Anda. Satu review lengkap lebih baik daripada lima review setengah jadi yang datang sepanjang sore.',
          '- Tinjau dalam satu hari kerja. Inilah komitmen yang membuat estafet tetap berjalan.',
        ].join('\n'),
        '## Serah terima di akhir',
        'Merge bukan akhir pekerjaan. Keterlibatan kontraktor sebaiknya ditutup dengan serah terima tertulis: apa yang dibangun, bagaimana perilakunya di produksi, batasan yang diketahui yang ditulis sebagai tiket baru, dan hal mengejutkan yang ditemukan di sepanjang jalan. Ujiannya sederhana: bisakah seseorang di tim Anda yang tidak terlibat mengambil tiket terkait berikutnya tanpa bertanya apa pun?'
      ),
      cta: {
        heading: 'Bagaimana pekerjaan yang selesai kembali ke tim Anda?',
        text: 'Bagian serah terima dan kerja asinkron di kuesioner kami melihat cara tim Anda meninjau pekerjaan dan mencatat keputusan. Kami membalas secara tertulis, rasanya itu adil.',
        sellingPoints: [
          'Pull request yang menjelaskan dirinya sendiri',
          'Review dan keputusan tercatat secara tertulis',
          'Setiap keterlibatan ditutup dengan serah terima tertulis',
        ],
        buttonLabel: 'Isi kuesioner',
      },
      seo: {
        metaTitle: 'Code Review dan Serah Terima Asinkron | Asyncline',
        metaDescription:
          'Seperti apa pull request asinkron yang baik, code review tertulis, dan serah terima penutup ketika kontraktor backend Anda bekerja di zona waktu lain.',
      },
      externalLinks: {
        'https://martinfowler.com/articles/ship-show-ask.html': {
          title: 'Ship / Show / Ask (martinfowler.com)',
          summary: 'Cara memutuskan perubahan mana yang perlu ditinjau sebelum merge dan mana yang bisa ditinjau sesudahnya.',
        },
      },
    },
  },
  defaultCta: {
    heading: 'Apakah backlog Anda siap untuk kontraktor asinkron?',
    text: 'Kuesioner kesiapan kami melihat enam hal: dokumentasi, spesifikasi, serah terima, pelingkupan, kebiasaan asinkron, dan kepemilikan. Kami membalas secara tertulis dengan apa yang akan kami ubah sebelum melibatkan siapa pun.',
    sellingPoints: [
      'Balasan tertulis, bukan panggilan penjualan',
      'Kontraktor di zona waktu AS, Eropa, dan Asia-Pasifik',
      'Pekerjaan yang terlingkup dengan garis akhir yang jelas',
    ],
    buttonLabel: 'Isi kuesioner kesiapan',
  },
};
