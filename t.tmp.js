const pdfmake = require('pdfmake');
const F = 'node_modules/@expo-google-fonts/';
pdfmake.setFonts({ Mincho: { normal: F+'noto-serif-jp/400Regular/NotoSerifJP_400Regular.ttf', bold: F+'noto-serif-jp/700Bold/NotoSerifJP_700Bold.ttf' }, Gothic: { normal: F+'noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf', bold: F+'noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf' } });
pdfmake.setUrlAccessPolicy(() => false);
const t0 = Date.now();
const dd = { pageSize: 'A4', defaultStyle: { font: 'Mincho', fontSize: 10.5, fontFeatures: ['palt'] }, info: { title: 'x', creationDate: new Date(0) },
 content: [ { text: '外国人と自治体が協働して', font: 'Gothic', bold: true, fontSize: 20, alignment: 'center' },
 { text: ['プロの写真家となったオーストラリア人元JETが、元配置先である', {text:'北九州市', noWrap:true}, 'の観光PRに貢献するよう、「北九州市」の名所めぐり撮影ツアーを組み、今後の観光PRキャンペーンに使用できる写真や動画の撮影に挑戦する。'], alignment: 'justify', width: 200 },
 { columns: [{ width: 150, text: ['プロの写真家となったオーストラリア人元JETが、元配置先である', {text:'北九州市', noWrap:true}, 'の観光PRに貢献するよう、北九州市の名所めぐり撮影ツアーを組み、今後の観光PRキャンペーンに使用できる写真'], alignment: 'justify' }, {text: ''}] } ] };
pdfmake.createPdf(dd).getBuffer().then((b) => { require('fs').writeFileSync('/tmp/p.pdf', b); console.log(b.length, Date.now()-t0); });
