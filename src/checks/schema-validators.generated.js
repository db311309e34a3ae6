/* Generated from schemas/*.schema.json by `npm run types` (ajv's standalone code). Do not edit: change the schema and regenerate. */
"use strict";
exports["release.schema.json"] = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","title":"報道発表（release.json）","description":"この回の報道発表資料そのものについての事実：発表日、表題、分類、配布先、写真の説明など。","type":"object","additionalProperties":false,"required":["date","category","projectName","titleLines","distribution","region","scheduleTentative","appendixHeading"],"properties":{"$schema":{"type":"string","description":"このファイルのスキーマ（エディタの入力補助用）。"},"date":{"$ref":"common.schema.json#/$defs/date","title":"発表日","description":"報道発表の日付。資料の日付・作成日時にもなります（例：2017-10-13）。"},"category":{"$ref":"common.schema.json#/$defs/shortText","title":"分類","description":"1ページ目左上の分類行（例：JETプログラム事業）。"},"projectName":{"$ref":"common.schema.json#/$defs/shortText","title":"事業名","description":"事業の名称（例：JETふるさとビジョンプロジェクト）。"},"titleLines":{"title":"表題","description":"表題を行ごとに書きます（1〜3行。各行40字まで）。","type":"array","minItems":1,"maxItems":3,"items":{"$ref":"common.schema.json#/$defs/shortText","type":"string","maxLength":40,"title":"表題の行"}},"distribution":{"$ref":"common.schema.json#/$defs/shortText","title":"参考配布先","description":"「参考配布：」に続く配布先（例：総務省記者クラブ）。"},"region":{"$ref":"common.schema.json#/$defs/shortText","title":"今回の実施地域","description":"今年度の実施地域（例：西日本）。"},"nextRegion":{"$ref":"common.schema.json#/$defs/shortText","title":"次回の実施地域","description":"来年度の予定地域（例：東日本）。未定なら省略します。"},"scheduleTentative":{"type":"boolean","title":"日程調整中","description":"チェックすると「スケジュールは現在調整中であり、変更になる可能性もあります」と注記します。"},"appendixHeading":{"$ref":"common.schema.json#/$defs/shortText","type":"string","maxLength":60,"title":"別紙の見出し","description":"別紙（プロジェクト概要）の見出し（例：観光推進や教育、文化交流などでVisionを描く元JET）。"},"photo":{"title":"写真","description":"コラム欄の写真とその説明。画像は任意です（エディションのフォルダーに置いた PNG か JPEG）。画像には「写真の代替テキスト」を添えます。","type":"object","additionalProperties":false,"required":["caption"],"properties":{"caption":{"$ref":"common.schema.json#/$defs/shortText","title":"写真の説明","description":"写真に添える説明文。"},"image":{"type":"string","title":"画像ファイル","description":"エディションのフォルダーに置いた画像のファイル名（例：photo.jpg）。指定するときは「写真の代替テキスト」も書きます。","pattern":"^(?!/)(?!.*\\.\\.)[^\\\\:*?\"<>|]+\\.(png|jpe?g|PNG|JPE?G)$"},"alt":{"$ref":"common.schema.json#/$defs/shortText","title":"写真の代替テキスト","description":"写真を見られない人（音声読み上げで読む人）のために、写真に写っているものを書きます。説明文の繰り返しではなく、見えるものを書きます（例：工房で刀を打つ元JETと刀匠）。「画像ファイル」を指定するときは必須です。"}},"if":{"properties":{"image":true},"required":["image"]},"then":{"properties":{"alt":true},"required":["alt"]}}}};
const schema33 = {"title":"日付","description":"西暦の年月日（例：2017-10-26）。資料には和暦と曜日を付けて載ります。","type":"string","format":"date","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$","examples":["2017-10-26"]};
const schema34 = {"title":"短い文字列","description":"1行で書く語句（200字まで。改行は入れられません）。","type":"string","minLength":1,"maxLength":200,"pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F]*$"};
const func1 = Object.prototype.hasOwnProperty;
const func2 = require("ajv/dist/runtime/ucs2length").default;
const formats0 = require("ajv-formats/dist/formats").fullFormats.date;
const pattern4 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");
const pattern5 = new RegExp("^[^\\u0000-\\u001F\\u007F-\\u009F]*$", "u");
const pattern13 = new RegExp("^(?!/)(?!.*\\.\\.)[^\\\\:*?\"<>|]+\\.(png|jpe?g|PNG|JPE?G)$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.date === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.category === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "category"},message:"must have required property '"+"category"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.projectName === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "projectName"},message:"must have required property '"+"projectName"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.titleLines === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "titleLines"},message:"must have required property '"+"titleLines"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.distribution === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "distribution"},message:"must have required property '"+"distribution"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.region === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "region"},message:"must have required property '"+"region"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.scheduleTentative === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "scheduleTentative"},message:"must have required property '"+"scheduleTentative"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.appendixHeading === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "appendixHeading"},message:"must have required property '"+"appendixHeading"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
const err8 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err9 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.$schema.type,parentSchema:schema31.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.date !== undefined){
let data1 = data.date;
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err10 = {instancePath:instancePath+"/date",schemaPath:"common.schema.json#/$defs/date/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\"",schema:"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!(formats0.validate(data1))){
const err11 = {instancePath:instancePath+"/date",schemaPath:"common.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/date",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.category !== undefined){
let data2 = data.category;
if(typeof data2 === "string"){
if(func2(data2) > 200){
const err13 = {instancePath:instancePath+"/category",schemaPath:"common.schema.json#/$defs/shortText/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema34,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(func2(data2) < 1){
const err14 = {instancePath:instancePath+"/category",schemaPath:"common.schema.json#/$defs/shortText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!pattern5.test(data2)){
const err15 = {instancePath:instancePath+"/category",schemaPath:"common.schema.json#/$defs/shortText/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F]*$",parentSchema:schema34,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/category",schemaPath:"common.schema.json#/$defs/shortText/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.projectName !== undefined){
let data3 = data.projectName;
if(typeof data3 === "string"){
if(func2(data3) > 200){
const err17 = {instancePath:instancePath+"/projectName",schemaPath:"common.schema.json#/$defs/shortText/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema34,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(func2(data3) < 1){
const err18 = {instancePath:instancePath+"/projectName",schemaPath:"common.schema.json#/$defs/shortText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!pattern5.test(data3)){
const err19 = {instancePath:instancePath+"/projectName",schemaPath:"common.schema.json#/$defs/shortText/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F]*$",parentSchema:schema34,data:data3};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/projectName",schemaPath:"common.schema.json#/$defs/shortText/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data3};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.titleLines !== undefined){
let data4 = data.titleLines;
if(Array.isArray(data4)){
if(data4.length > 3){
const err21 = {instancePath:instancePath+"/titleLines",schemaPath:"#/properties/titleLines/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items",schema:3,parentSchema:schema31.properties.titleLines,data:data4};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data4.length < 1){
const err22 = {instancePath:instancePath+"/titleLines",schemaPath:"#/properties/titleLines/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.titleLines,data:data4};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(typeof data5 === "string"){
if(func2(data5) > 200){
const err23 = {instancePath:instancePath+"/titleLines/" + i0,schemaPath:"common.schema.json#/$defs/shortText/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema34,data:data5};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(func2(data5) < 1){
const err24 = {instancePath:instancePath+"/titleLines/" + i0,schemaPath:"common.schema.json#/$defs/shortText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34,data:data5};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(!pattern5.test(data5)){
const err25 = {instancePath:instancePath+"/titleLines/" + i0,schemaPath:"common.schema.json#/$defs/shortText/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F]*$",parentSchema:schema34,data:data5};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/titleLines/" + i0,schemaPath:"common.schema.json#/$defs/shortText/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data5};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(typeof data5 === "string"){
if(func2(data5) > 40){
const err27 = {instancePath:instancePath+"/titleLines/" + i0,schemaPath:"#/properties/titleLines/items/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters",schema:40,parentSchema:schema31.properties.titleLines.items,data:data5};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/titleLines/" + i0,schemaPath:"#/properties/titleLines/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.titleLines.items.type,parentSchema:schema31.properties.titleLines.items,data:data5};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/titleLines",schemaPath:"#/properties/titleLines/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.titleLines.type,parentSchema:schema31.properties.titleLines,data:data4};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.distribution !== undefined){
let data6 = data.distribution;
if(typeof data6 === "string"){
if(func2(data6) > 200){
const err30 = {instancePath:instancePath+"/distribution",schemaPath:"common.schema.json#/$defs/shortText/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema34,data:data6};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(func2(data6) < 1){
const err31 = {instancePath:instancePath+"/distribution",schemaPath:"common.schema.json#/$defs/shortText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34,data:data6};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(!pattern5.test(data6)){
const err32 = {instancePath:instancePath+"/distribution",schemaPath:"common.schema.json#/$defs/shortText/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F]*$",parentSchema:schema34,data:data6};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/distribution",schemaPath:"common.schema.json#/$defs/shortText/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data6};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.region !== undefined){
let data7 = data.region;
if(typeof data7 === "string"){
if(func2(data7) > 200){
const err34 = {instancePath:instancePath+"/region",schemaPath:"common.schema.json#/$defs/shortText/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema34,data:data7};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(func2(data7) < 1){
const err35 = {instancePath:instancePath+"/region",schemaPath:"common.schema.json#/$defs/shortText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34,data:data7};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(!pattern5.test(data7)){
const err36 = {instancePath:instancePath+"/region",schemaPath:"common.schema.json#/$defs/shortText/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F]*$",parentSchema:schema34,data:data7};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/region",schemaPath:"common.schema.json#/$defs/shortText/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data7};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.nextRegion !== undefined){
let data8 = data.nextRegion;
if(typeof data8 === "string"){
if(func2(data8) > 200){
const err38 = {instancePath:instancePath+"/nextRegion",schemaPath:"common.schema.json#/$defs/shortText/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema34,data:data8};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(func2(data8) < 1){
const err39 = {instancePath:instancePath+"/nextRegion",schemaPath:"common.schema.json#/$defs/shortText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34,data:data8};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(!pattern5.test(data8)){
const err40 = {instancePath:instancePath+"/nextRegion",schemaPath:"common.schema.json#/$defs/shortText/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F]*$",parentSchema:schema34,data:data8};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/nextRegion",schemaPath:"common.schema.json#/$defs/shortText/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data8};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.scheduleTentative !== undefined){
let data9 = data.scheduleTentative;
if(typeof data9 !== "boolean"){
const err42 = {instancePath:instancePath+"/scheduleTentative",schemaPath:"#/properties/scheduleTentative/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.scheduleTentative.type,parentSchema:schema31.properties.scheduleTentative,data:data9};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.appendixHeading !== undefined){
let data10 = data.appendixHeading;
if(typeof data10 === "string"){
if(func2(data10) > 200){
const err43 = {instancePath:instancePath+"/appendixHeading",schemaPath:"common.schema.json#/$defs/shortText/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema34,data:data10};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(func2(data10) < 1){
const err44 = {instancePath:instancePath+"/appendixHeading",schemaPath:"common.schema.json#/$defs/shortText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34,data:data10};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(!pattern5.test(data10)){
const err45 = {instancePath:instancePath+"/appendixHeading",schemaPath:"common.schema.json#/$defs/shortText/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F]*$",parentSchema:schema34,data:data10};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/appendixHeading",schemaPath:"common.schema.json#/$defs/shortText/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data10};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(typeof data10 === "string"){
if(func2(data10) > 60){
const err47 = {instancePath:instancePath+"/appendixHeading",schemaPath:"#/properties/appendixHeading/maxLength",keyword:"maxLength",params:{limit: 60},message:"must NOT have more than 60 characters",schema:60,parentSchema:schema31.properties.appendixHeading,data:data10};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/appendixHeading",schemaPath:"#/properties/appendixHeading/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.appendixHeading.type,parentSchema:schema31.properties.appendixHeading,data:data10};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.photo !== undefined){
let data11 = data.photo;
const _errs36 = errors;
let valid11 = true;
const _errs37 = errors;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
let missing0;
if((data11.image === undefined) && (missing0 = "image")){
const err49 = {};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
var _valid0 = _errs37 === errors;
errors = _errs36;
if(vErrors !== null){
if(_errs36){
vErrors.length = _errs36;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs38 = errors;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.alt === undefined){
const err50 = {instancePath:instancePath+"/photo",schemaPath:"#/properties/photo/then/required",keyword:"required",params:{missingProperty: "alt"},message:"must have required property '"+"alt"+"'",schema:schema31.properties.photo.then.required,parentSchema:schema31.properties.photo.then,data:data11};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
var _valid0 = _errs38 === errors;
valid11 = _valid0;
if(valid11){
var props0 = {};
props0.alt = true;
props0.image = true;
}
}
if(!valid11){
const err51 = {instancePath:instancePath+"/photo",schemaPath:"#/properties/photo/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema31.properties.photo.if,parentSchema:schema31.properties.photo,data:data11};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.caption === undefined){
const err52 = {instancePath:instancePath+"/photo",schemaPath:"#/properties/photo/required",keyword:"required",params:{missingProperty: "caption"},message:"must have required property '"+"caption"+"'",schema:schema31.properties.photo.required,parentSchema:schema31.properties.photo,data:data11};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
for(const key1 in data11){
if(!(((key1 === "caption") || (key1 === "image")) || (key1 === "alt"))){
const err53 = {instancePath:instancePath+"/photo",schemaPath:"#/properties/photo/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.photo,data:data11};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data11.caption !== undefined){
let data12 = data11.caption;
if(typeof data12 === "string"){
if(func2(data12) > 200){
const err54 = {instancePath:instancePath+"/photo/caption",schemaPath:"common.schema.json#/$defs/shortText/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema34,data:data12};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(func2(data12) < 1){
const err55 = {instancePath:instancePath+"/photo/caption",schemaPath:"common.schema.json#/$defs/shortText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34,data:data12};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(!pattern5.test(data12)){
const err56 = {instancePath:instancePath+"/photo/caption",schemaPath:"common.schema.json#/$defs/shortText/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F]*$",parentSchema:schema34,data:data12};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
else {
const err57 = {instancePath:instancePath+"/photo/caption",schemaPath:"common.schema.json#/$defs/shortText/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data12};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data11.image !== undefined){
let data13 = data11.image;
if(typeof data13 === "string"){
if(!pattern13.test(data13)){
const err58 = {instancePath:instancePath+"/photo/image",schemaPath:"#/properties/photo/properties/image/pattern",keyword:"pattern",params:{pattern: "^(?!/)(?!.*\\.\\.)[^\\\\:*?\"<>|]+\\.(png|jpe?g|PNG|JPE?G)$"},message:"must match pattern \""+"^(?!/)(?!.*\\.\\.)[^\\\\:*?\"<>|]+\\.(png|jpe?g|PNG|JPE?G)$"+"\"",schema:"^(?!/)(?!.*\\.\\.)[^\\\\:*?\"<>|]+\\.(png|jpe?g|PNG|JPE?G)$",parentSchema:schema31.properties.photo.properties.image,data:data13};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
else {
const err59 = {instancePath:instancePath+"/photo/image",schemaPath:"#/properties/photo/properties/image/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.photo.properties.image.type,parentSchema:schema31.properties.photo.properties.image,data:data13};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data11.alt !== undefined){
let data14 = data11.alt;
if(typeof data14 === "string"){
if(func2(data14) > 200){
const err60 = {instancePath:instancePath+"/photo/alt",schemaPath:"common.schema.json#/$defs/shortText/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema34,data:data14};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(func2(data14) < 1){
const err61 = {instancePath:instancePath+"/photo/alt",schemaPath:"common.schema.json#/$defs/shortText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34,data:data14};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(!pattern5.test(data14)){
const err62 = {instancePath:instancePath+"/photo/alt",schemaPath:"common.schema.json#/$defs/shortText/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F]*$",parentSchema:schema34,data:data14};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
else {
const err63 = {instancePath:instancePath+"/photo/alt",schemaPath:"common.schema.json#/$defs/shortText/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data14};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath:instancePath+"/photo",schemaPath:"#/properties/photo/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.photo.type,parentSchema:schema31.properties.photo,data:data11};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
else {
const err65 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports["programme.schema.json"] = validate22;
const schema43 = {"$schema":"https://json-schema.org/draft/2020-12/schema","title":"JETプログラム（programme.json）","description":"JETプログラムについての事実：正式名称、関係省庁、職種、開始年度、参加国数、参加者数。","type":"object","additionalProperties":false,"required":["name","officialName","ministries","positions","firstYear","countries","participants"],"properties":{"$schema":{"type":"string","description":"このファイルのスキーマ（エディタの入力補助用）。"},"name":{"$ref":"common.schema.json#/$defs/shortText","title":"通称","description":"例：JETプログラム"},"officialName":{"title":"正式名称","type":"object","additionalProperties":false,"required":["ja","en"],"properties":{"ja":{"$ref":"common.schema.json#/$defs/shortText","title":"日本語の正式名称","description":"例：語学指導等を行う外国青年招致事業"},"en":{"$ref":"common.schema.json#/$defs/shortText","title":"英語の正式名称","description":"例：The Japan Exchange and Teaching Programme"}}},"ministries":{"title":"協力省庁","description":"協力する省庁を記載順に（例：総務省、外務省、文部科学省）。","type":"array","minItems":1,"items":{"$ref":"common.schema.json#/$defs/name"}},"positions":{"title":"職種","description":"参加者の職種（略称と日本語名）。","type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["code","name"],"properties":{"code":{"type":"string","pattern":"^[A-Z]{2,5}$","title":"略称","description":"例：ALT"},"name":{"$ref":"common.schema.json#/$defs/name","title":"日本語名","description":"例：外国語指導助手"}}}},"firstYear":{"type":"integer","minimum":1900,"maximum":2100,"title":"開始年度","description":"プログラムが始まった年度（西暦）。「今年で○年目」はここから計算します。"},"countries":{"type":"integer","minimum":1,"maximum":250,"title":"参加国数","description":"これまでの参加国の数（例：67）。"},"participants":{"type":"integer","minimum":1,"maximum":10000000,"title":"参加者数","description":"これまでの参加者の数（「以上」で表記されます。例：66000）。"}}};
const schema47 = {"title":"名称","description":"名前（100字まで。/ と \\、見えない制御文字は使えません）。","type":"string","minLength":1,"maxLength":100,"pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F/\\\\]*$"};
const pattern18 = new RegExp("^[^\\u0000-\\u001F\\u007F-\\u009F/\\\\]*$", "u");
const pattern19 = new RegExp("^[A-Z]{2,5}$", "u");

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema43.required,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.officialName === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "officialName"},message:"must have required property '"+"officialName"+"'",schema:schema43.required,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.ministries === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ministries"},message:"must have required property '"+"ministries"+"'",schema:schema43.required,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.positions === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "positions"},message:"must have required property '"+"positions"+"'",schema:schema43.required,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.firstYear === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "firstYear"},message:"must have required property '"+"firstYear"+"'",schema:schema43.required,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.countries === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "countries"},message:"must have required property '"+"countries"+"'",schema:schema43.required,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.participants === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "participants"},message:"must have required property '"+"participants"+"'",schema:schema43.required,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "$schema") || (key0 === "name")) || (key0 === "officialName")) || (key0 === "ministries")) || (key0 === "positions")) || (key0 === "firstYear")) || (key0 === "countries")) || (key0 === "participants"))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err8 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.$schema.type,parentSchema:schema43.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func2(data1) > 200){
const err9 = {instancePath:instancePath+"/name",schemaPath:"common.schema.json#/$defs/shortText/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema34,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func2(data1) < 1){
const err10 = {instancePath:instancePath+"/name",schemaPath:"common.schema.json#/$defs/shortText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!pattern5.test(data1)){
const err11 = {instancePath:instancePath+"/name",schemaPath:"common.schema.json#/$defs/shortText/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F]*$",parentSchema:schema34,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/name",schemaPath:"common.schema.json#/$defs/shortText/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.officialName !== undefined){
let data2 = data.officialName;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.ja === undefined){
const err13 = {instancePath:instancePath+"/officialName",schemaPath:"#/properties/officialName/required",keyword:"required",params:{missingProperty: "ja"},message:"must have required property '"+"ja"+"'",schema:schema43.properties.officialName.required,parentSchema:schema43.properties.officialName,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data2.en === undefined){
const err14 = {instancePath:instancePath+"/officialName",schemaPath:"#/properties/officialName/required",keyword:"required",params:{missingProperty: "en"},message:"must have required property '"+"en"+"'",schema:schema43.properties.officialName.required,parentSchema:schema43.properties.officialName,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key1 in data2){
if(!((key1 === "ja") || (key1 === "en"))){
const err15 = {instancePath:instancePath+"/officialName",schemaPath:"#/properties/officialName/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema43.properties.officialName,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data2.ja !== undefined){
let data3 = data2.ja;
if(typeof data3 === "string"){
if(func2(data3) > 200){
const err16 = {instancePath:instancePath+"/officialName/ja",schemaPath:"common.schema.json#/$defs/shortText/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema34,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(func2(data3) < 1){
const err17 = {instancePath:instancePath+"/officialName/ja",schemaPath:"common.schema.json#/$defs/shortText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!pattern5.test(data3)){
const err18 = {instancePath:instancePath+"/officialName/ja",schemaPath:"common.schema.json#/$defs/shortText/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F]*$",parentSchema:schema34,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/officialName/ja",schemaPath:"common.schema.json#/$defs/shortText/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data3};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data2.en !== undefined){
let data4 = data2.en;
if(typeof data4 === "string"){
if(func2(data4) > 200){
const err20 = {instancePath:instancePath+"/officialName/en",schemaPath:"common.schema.json#/$defs/shortText/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema34,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(func2(data4) < 1){
const err21 = {instancePath:instancePath+"/officialName/en",schemaPath:"common.schema.json#/$defs/shortText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34,data:data4};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(!pattern5.test(data4)){
const err22 = {instancePath:instancePath+"/officialName/en",schemaPath:"common.schema.json#/$defs/shortText/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F]*$",parentSchema:schema34,data:data4};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/officialName/en",schemaPath:"common.schema.json#/$defs/shortText/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data4};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/officialName",schemaPath:"#/properties/officialName/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.properties.officialName.type,parentSchema:schema43.properties.officialName,data:data2};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.ministries !== undefined){
let data5 = data.ministries;
if(Array.isArray(data5)){
if(data5.length < 1){
const err25 = {instancePath:instancePath+"/ministries",schemaPath:"#/properties/ministries/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema43.properties.ministries,data:data5};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(typeof data6 === "string"){
if(func2(data6) > 100){
const err26 = {instancePath:instancePath+"/ministries/" + i0,schemaPath:"common.schema.json#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema47,data:data6};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(func2(data6) < 1){
const err27 = {instancePath:instancePath+"/ministries/" + i0,schemaPath:"common.schema.json#/$defs/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47,data:data6};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!pattern18.test(data6)){
const err28 = {instancePath:instancePath+"/ministries/" + i0,schemaPath:"common.schema.json#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F/\\\\]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F/\\\\]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F/\\\\]*$",parentSchema:schema47,data:data6};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/ministries/" + i0,schemaPath:"common.schema.json#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.type,parentSchema:schema47,data:data6};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/ministries",schemaPath:"#/properties/ministries/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema43.properties.ministries.type,parentSchema:schema43.properties.ministries,data:data5};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.positions !== undefined){
let data7 = data.positions;
if(Array.isArray(data7)){
if(data7.length < 1){
const err31 = {instancePath:instancePath+"/positions",schemaPath:"#/properties/positions/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema43.properties.positions,data:data7};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
let data8 = data7[i1];
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.code === undefined){
const err32 = {instancePath:instancePath+"/positions/" + i1,schemaPath:"#/properties/positions/items/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'",schema:schema43.properties.positions.items.required,parentSchema:schema43.properties.positions.items,data:data8};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data8.name === undefined){
const err33 = {instancePath:instancePath+"/positions/" + i1,schemaPath:"#/properties/positions/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema43.properties.positions.items.required,parentSchema:schema43.properties.positions.items,data:data8};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
for(const key2 in data8){
if(!((key2 === "code") || (key2 === "name"))){
const err34 = {instancePath:instancePath+"/positions/" + i1,schemaPath:"#/properties/positions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema43.properties.positions.items,data:data8};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data8.code !== undefined){
let data9 = data8.code;
if(typeof data9 === "string"){
if(!pattern19.test(data9)){
const err35 = {instancePath:instancePath+"/positions/" + i1+"/code",schemaPath:"#/properties/positions/items/properties/code/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2,5}$"},message:"must match pattern \""+"^[A-Z]{2,5}$"+"\"",schema:"^[A-Z]{2,5}$",parentSchema:schema43.properties.positions.items.properties.code,data:data9};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/positions/" + i1+"/code",schemaPath:"#/properties/positions/items/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.positions.items.properties.code.type,parentSchema:schema43.properties.positions.items.properties.code,data:data9};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data8.name !== undefined){
let data10 = data8.name;
if(typeof data10 === "string"){
if(func2(data10) > 100){
const err37 = {instancePath:instancePath+"/positions/" + i1+"/name",schemaPath:"common.schema.json#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema47,data:data10};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(func2(data10) < 1){
const err38 = {instancePath:instancePath+"/positions/" + i1+"/name",schemaPath:"common.schema.json#/$defs/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47,data:data10};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(!pattern18.test(data10)){
const err39 = {instancePath:instancePath+"/positions/" + i1+"/name",schemaPath:"common.schema.json#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F/\\\\]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F/\\\\]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F/\\\\]*$",parentSchema:schema47,data:data10};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/positions/" + i1+"/name",schemaPath:"common.schema.json#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.type,parentSchema:schema47,data:data10};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/positions/" + i1,schemaPath:"#/properties/positions/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.properties.positions.items.type,parentSchema:schema43.properties.positions.items,data:data8};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/positions",schemaPath:"#/properties/positions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema43.properties.positions.type,parentSchema:schema43.properties.positions,data:data7};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.firstYear !== undefined){
let data11 = data.firstYear;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err43 = {instancePath:instancePath+"/firstYear",schemaPath:"#/properties/firstYear/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema43.properties.firstYear.type,parentSchema:schema43.properties.firstYear,data:data11};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 2100 || isNaN(data11)){
const err44 = {instancePath:instancePath+"/firstYear",schemaPath:"#/properties/firstYear/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema43.properties.firstYear,data:data11};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data11 < 1900 || isNaN(data11)){
const err45 = {instancePath:instancePath+"/firstYear",schemaPath:"#/properties/firstYear/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema43.properties.firstYear,data:data11};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
if(data.countries !== undefined){
let data12 = data.countries;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err46 = {instancePath:instancePath+"/countries",schemaPath:"#/properties/countries/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema43.properties.countries.type,parentSchema:schema43.properties.countries,data:data12};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 250 || isNaN(data12)){
const err47 = {instancePath:instancePath+"/countries",schemaPath:"#/properties/countries/maximum",keyword:"maximum",params:{comparison: "<=", limit: 250},message:"must be <= 250",schema:250,parentSchema:schema43.properties.countries,data:data12};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(data12 < 1 || isNaN(data12)){
const err48 = {instancePath:instancePath+"/countries",schemaPath:"#/properties/countries/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema43.properties.countries,data:data12};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
if(data.participants !== undefined){
let data13 = data.participants;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err49 = {instancePath:instancePath+"/participants",schemaPath:"#/properties/participants/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema43.properties.participants.type,parentSchema:schema43.properties.participants,data:data13};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 > 10000000 || isNaN(data13)){
const err50 = {instancePath:instancePath+"/participants",schemaPath:"#/properties/participants/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000000},message:"must be <= 10000000",schema:10000000,parentSchema:schema43.properties.participants,data:data13};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(data13 < 1 || isNaN(data13)){
const err51 = {instancePath:instancePath+"/participants",schemaPath:"#/properties/participants/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema43.properties.participants,data:data13};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
}
else {
const err52 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.type,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports["organiser.schema.json"] = validate23;
const schema49 = {"$schema":"https://json-schema.org/draft/2020-12/schema","title":"主催者（organiser.json）","description":"主催団体（自治体国際化協会）についての事実：名称、海外事務所、所在地、担当部署と連絡先。","type":"object","additionalProperties":false,"required":["legalName","name","abbreviation","reading","overseasOffices","headquarters","contact"],"properties":{"$schema":{"type":"string","description":"このファイルのスキーマ（エディタの入力補助用）。"},"legalName":{"$ref":"common.schema.json#/$defs/name","title":"法人名","description":"例：一般財団法人自治体国際化協会"},"name":{"$ref":"common.schema.json#/$defs/name","title":"名称","description":"例：自治体国際化協会"},"abbreviation":{"$ref":"common.schema.json#/$defs/name","title":"略称","description":"例：CLAIR"},"reading":{"$ref":"common.schema.json#/$defs/name","title":"略称の読み","description":"例：クレア"},"overseasOffices":{"title":"海外事務所","description":"海外事務所のある都市（記載順）。","type":"array","minItems":1,"items":{"$ref":"common.schema.json#/$defs/name"}},"headquarters":{"title":"本部","type":"object","additionalProperties":false,"required":["name","postalCode","address"],"properties":{"name":{"$ref":"common.schema.json#/$defs/shortText","title":"本部の呼び名","description":"例：CLAIR本部"},"postalCode":{"type":"string","pattern":"^[0-9]{3}-[0-9]{4}$","title":"郵便番号","description":"例：102-0083"},"address":{"$ref":"common.schema.json#/$defs/shortText","title":"所在地","description":"都道府県から書きます。"}}},"contact":{"title":"問い合わせ先","type":"object","additionalProperties":false,"required":["department","persons","tel","fax","url"],"properties":{"department":{"$ref":"common.schema.json#/$defs/shortText","title":"担当部署","description":"例：ＪＥＴプログラム事業部調整課"},"persons":{"title":"担当者","description":"担当者の名字など（記載順）。","type":"array","minItems":1,"items":{"$ref":"common.schema.json#/$defs/name"}},"tel":{"$ref":"common.schema.json#/$defs/tel","title":"電話"},"fax":{"$ref":"common.schema.json#/$defs/tel","title":"ファクス"},"email":{"type":"string","format":"email","title":"メール","description":"任意。"},"url":{"type":"string","format":"uri","pattern":"^https?://","title":"ウェブサイト","description":"例：http://www.jetprogramme.org/ja"}}}}};
const schema59 = {"title":"電話番号","description":"市外局番からハイフン区切りで書きます（例：03-5213-1727）。","type":"string","pattern":"^0[0-9]{1,4}-[0-9]{1,4}-[0-9]{3,4}$","examples":["03-5213-1727"]};
const pattern27 = new RegExp("^[0-9]{3}-[0-9]{4}$", "u");
const pattern31 = new RegExp("^0[0-9]{1,4}-[0-9]{1,4}-[0-9]{3,4}$", "u");
const pattern33 = new RegExp("^https?://", "u");
const formats2 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
const formats4 = require("ajv-formats/dist/formats").fullFormats.uri;

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.legalName === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "legalName"},message:"must have required property '"+"legalName"+"'",schema:schema49.required,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema49.required,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.abbreviation === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "abbreviation"},message:"must have required property '"+"abbreviation"+"'",schema:schema49.required,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.reading === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reading"},message:"must have required property '"+"reading"+"'",schema:schema49.required,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.overseasOffices === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "overseasOffices"},message:"must have required property '"+"overseasOffices"+"'",schema:schema49.required,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.headquarters === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "headquarters"},message:"must have required property '"+"headquarters"+"'",schema:schema49.required,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.contact === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "contact"},message:"must have required property '"+"contact"+"'",schema:schema49.required,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "$schema") || (key0 === "legalName")) || (key0 === "name")) || (key0 === "abbreviation")) || (key0 === "reading")) || (key0 === "overseasOffices")) || (key0 === "headquarters")) || (key0 === "contact"))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err8 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.$schema.type,parentSchema:schema49.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.legalName !== undefined){
let data1 = data.legalName;
if(typeof data1 === "string"){
if(func2(data1) > 100){
const err9 = {instancePath:instancePath+"/legalName",schemaPath:"common.schema.json#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema47,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func2(data1) < 1){
const err10 = {instancePath:instancePath+"/legalName",schemaPath:"common.schema.json#/$defs/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!pattern18.test(data1)){
const err11 = {instancePath:instancePath+"/legalName",schemaPath:"common.schema.json#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F/\\\\]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F/\\\\]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F/\\\\]*$",parentSchema:schema47,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/legalName",schemaPath:"common.schema.json#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.type,parentSchema:schema47,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.name !== undefined){
let data2 = data.name;
if(typeof data2 === "string"){
if(func2(data2) > 100){
const err13 = {instancePath:instancePath+"/name",schemaPath:"common.schema.json#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema47,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(func2(data2) < 1){
const err14 = {instancePath:instancePath+"/name",schemaPath:"common.schema.json#/$defs/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!pattern18.test(data2)){
const err15 = {instancePath:instancePath+"/name",schemaPath:"common.schema.json#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F/\\\\]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F/\\\\]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F/\\\\]*$",parentSchema:schema47,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/name",schemaPath:"common.schema.json#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.type,parentSchema:schema47,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.abbreviation !== undefined){
let data3 = data.abbreviation;
if(typeof data3 === "string"){
if(func2(data3) > 100){
const err17 = {instancePath:instancePath+"/abbreviation",schemaPath:"common.schema.json#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema47,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(func2(data3) < 1){
const err18 = {instancePath:instancePath+"/abbreviation",schemaPath:"common.schema.json#/$defs/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!pattern18.test(data3)){
const err19 = {instancePath:instancePath+"/abbreviation",schemaPath:"common.schema.json#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F/\\\\]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F/\\\\]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F/\\\\]*$",parentSchema:schema47,data:data3};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/abbreviation",schemaPath:"common.schema.json#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.type,parentSchema:schema47,data:data3};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.reading !== undefined){
let data4 = data.reading;
if(typeof data4 === "string"){
if(func2(data4) > 100){
const err21 = {instancePath:instancePath+"/reading",schemaPath:"common.schema.json#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema47,data:data4};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(func2(data4) < 1){
const err22 = {instancePath:instancePath+"/reading",schemaPath:"common.schema.json#/$defs/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47,data:data4};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!pattern18.test(data4)){
const err23 = {instancePath:instancePath+"/reading",schemaPath:"common.schema.json#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F/\\\\]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F/\\\\]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F/\\\\]*$",parentSchema:schema47,data:data4};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/reading",schemaPath:"common.schema.json#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.type,parentSchema:schema47,data:data4};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.overseasOffices !== undefined){
let data5 = data.overseasOffices;
if(Array.isArray(data5)){
if(data5.length < 1){
const err25 = {instancePath:instancePath+"/overseasOffices",schemaPath:"#/properties/overseasOffices/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema49.properties.overseasOffices,data:data5};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(typeof data6 === "string"){
if(func2(data6) > 100){
const err26 = {instancePath:instancePath+"/overseasOffices/" + i0,schemaPath:"common.schema.json#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema47,data:data6};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(func2(data6) < 1){
const err27 = {instancePath:instancePath+"/overseasOffices/" + i0,schemaPath:"common.schema.json#/$defs/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47,data:data6};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!pattern18.test(data6)){
const err28 = {instancePath:instancePath+"/overseasOffices/" + i0,schemaPath:"common.schema.json#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F/\\\\]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F/\\\\]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F/\\\\]*$",parentSchema:schema47,data:data6};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/overseasOffices/" + i0,schemaPath:"common.schema.json#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.type,parentSchema:schema47,data:data6};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/overseasOffices",schemaPath:"#/properties/overseasOffices/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema49.properties.overseasOffices.type,parentSchema:schema49.properties.overseasOffices,data:data5};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.headquarters !== undefined){
let data7 = data.headquarters;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.name === undefined){
const err31 = {instancePath:instancePath+"/headquarters",schemaPath:"#/properties/headquarters/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema49.properties.headquarters.required,parentSchema:schema49.properties.headquarters,data:data7};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data7.postalCode === undefined){
const err32 = {instancePath:instancePath+"/headquarters",schemaPath:"#/properties/headquarters/required",keyword:"required",params:{missingProperty: "postalCode"},message:"must have required property '"+"postalCode"+"'",schema:schema49.properties.headquarters.required,parentSchema:schema49.properties.headquarters,data:data7};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data7.address === undefined){
const err33 = {instancePath:instancePath+"/headquarters",schemaPath:"#/properties/headquarters/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'",schema:schema49.properties.headquarters.required,parentSchema:schema49.properties.headquarters,data:data7};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
for(const key1 in data7){
if(!(((key1 === "name") || (key1 === "postalCode")) || (key1 === "address"))){
const err34 = {instancePath:instancePath+"/headquarters",schemaPath:"#/properties/headquarters/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema49.properties.headquarters,data:data7};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data7.name !== undefined){
let data8 = data7.name;
if(typeof data8 === "string"){
if(func2(data8) > 200){
const err35 = {instancePath:instancePath+"/headquarters/name",schemaPath:"common.schema.json#/$defs/shortText/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema34,data:data8};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(func2(data8) < 1){
const err36 = {instancePath:instancePath+"/headquarters/name",schemaPath:"common.schema.json#/$defs/shortText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34,data:data8};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(!pattern5.test(data8)){
const err37 = {instancePath:instancePath+"/headquarters/name",schemaPath:"common.schema.json#/$defs/shortText/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F]*$",parentSchema:schema34,data:data8};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/headquarters/name",schemaPath:"common.schema.json#/$defs/shortText/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data8};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data7.postalCode !== undefined){
let data9 = data7.postalCode;
if(typeof data9 === "string"){
if(!pattern27.test(data9)){
const err39 = {instancePath:instancePath+"/headquarters/postalCode",schemaPath:"#/properties/headquarters/properties/postalCode/pattern",keyword:"pattern",params:{pattern: "^[0-9]{3}-[0-9]{4}$"},message:"must match pattern \""+"^[0-9]{3}-[0-9]{4}$"+"\"",schema:"^[0-9]{3}-[0-9]{4}$",parentSchema:schema49.properties.headquarters.properties.postalCode,data:data9};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/headquarters/postalCode",schemaPath:"#/properties/headquarters/properties/postalCode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.headquarters.properties.postalCode.type,parentSchema:schema49.properties.headquarters.properties.postalCode,data:data9};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data7.address !== undefined){
let data10 = data7.address;
if(typeof data10 === "string"){
if(func2(data10) > 200){
const err41 = {instancePath:instancePath+"/headquarters/address",schemaPath:"common.schema.json#/$defs/shortText/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema34,data:data10};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(func2(data10) < 1){
const err42 = {instancePath:instancePath+"/headquarters/address",schemaPath:"common.schema.json#/$defs/shortText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34,data:data10};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(!pattern5.test(data10)){
const err43 = {instancePath:instancePath+"/headquarters/address",schemaPath:"common.schema.json#/$defs/shortText/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F]*$",parentSchema:schema34,data:data10};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/headquarters/address",schemaPath:"common.schema.json#/$defs/shortText/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data10};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/headquarters",schemaPath:"#/properties/headquarters/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.properties.headquarters.type,parentSchema:schema49.properties.headquarters,data:data7};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.contact !== undefined){
let data11 = data.contact;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.department === undefined){
const err46 = {instancePath:instancePath+"/contact",schemaPath:"#/properties/contact/required",keyword:"required",params:{missingProperty: "department"},message:"must have required property '"+"department"+"'",schema:schema49.properties.contact.required,parentSchema:schema49.properties.contact,data:data11};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(data11.persons === undefined){
const err47 = {instancePath:instancePath+"/contact",schemaPath:"#/properties/contact/required",keyword:"required",params:{missingProperty: "persons"},message:"must have required property '"+"persons"+"'",schema:schema49.properties.contact.required,parentSchema:schema49.properties.contact,data:data11};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(data11.tel === undefined){
const err48 = {instancePath:instancePath+"/contact",schemaPath:"#/properties/contact/required",keyword:"required",params:{missingProperty: "tel"},message:"must have required property '"+"tel"+"'",schema:schema49.properties.contact.required,parentSchema:schema49.properties.contact,data:data11};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data11.fax === undefined){
const err49 = {instancePath:instancePath+"/contact",schemaPath:"#/properties/contact/required",keyword:"required",params:{missingProperty: "fax"},message:"must have required property '"+"fax"+"'",schema:schema49.properties.contact.required,parentSchema:schema49.properties.contact,data:data11};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(data11.url === undefined){
const err50 = {instancePath:instancePath+"/contact",schemaPath:"#/properties/contact/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema49.properties.contact.required,parentSchema:schema49.properties.contact,data:data11};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
for(const key2 in data11){
if(!((((((key2 === "department") || (key2 === "persons")) || (key2 === "tel")) || (key2 === "fax")) || (key2 === "email")) || (key2 === "url"))){
const err51 = {instancePath:instancePath+"/contact",schemaPath:"#/properties/contact/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema49.properties.contact,data:data11};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data11.department !== undefined){
let data12 = data11.department;
if(typeof data12 === "string"){
if(func2(data12) > 200){
const err52 = {instancePath:instancePath+"/contact/department",schemaPath:"common.schema.json#/$defs/shortText/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema34,data:data12};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(func2(data12) < 1){
const err53 = {instancePath:instancePath+"/contact/department",schemaPath:"common.schema.json#/$defs/shortText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34,data:data12};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(!pattern5.test(data12)){
const err54 = {instancePath:instancePath+"/contact/department",schemaPath:"common.schema.json#/$defs/shortText/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F]*$",parentSchema:schema34,data:data12};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
else {
const err55 = {instancePath:instancePath+"/contact/department",schemaPath:"common.schema.json#/$defs/shortText/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data12};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data11.persons !== undefined){
let data13 = data11.persons;
if(Array.isArray(data13)){
if(data13.length < 1){
const err56 = {instancePath:instancePath+"/contact/persons",schemaPath:"#/properties/contact/properties/persons/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema49.properties.contact.properties.persons,data:data13};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
const len1 = data13.length;
for(let i1=0; i1<len1; i1++){
let data14 = data13[i1];
if(typeof data14 === "string"){
if(func2(data14) > 100){
const err57 = {instancePath:instancePath+"/contact/persons/" + i1,schemaPath:"common.schema.json#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema47,data:data14};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(func2(data14) < 1){
const err58 = {instancePath:instancePath+"/contact/persons/" + i1,schemaPath:"common.schema.json#/$defs/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47,data:data14};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(!pattern18.test(data14)){
const err59 = {instancePath:instancePath+"/contact/persons/" + i1,schemaPath:"common.schema.json#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F/\\\\]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F/\\\\]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F/\\\\]*$",parentSchema:schema47,data:data14};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/contact/persons/" + i1,schemaPath:"common.schema.json#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.type,parentSchema:schema47,data:data14};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
else {
const err61 = {instancePath:instancePath+"/contact/persons",schemaPath:"#/properties/contact/properties/persons/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema49.properties.contact.properties.persons.type,parentSchema:schema49.properties.contact.properties.persons,data:data13};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data11.tel !== undefined){
let data15 = data11.tel;
if(typeof data15 === "string"){
if(!pattern31.test(data15)){
const err62 = {instancePath:instancePath+"/contact/tel",schemaPath:"common.schema.json#/$defs/tel/pattern",keyword:"pattern",params:{pattern: "^0[0-9]{1,4}-[0-9]{1,4}-[0-9]{3,4}$"},message:"must match pattern \""+"^0[0-9]{1,4}-[0-9]{1,4}-[0-9]{3,4}$"+"\"",schema:"^0[0-9]{1,4}-[0-9]{1,4}-[0-9]{3,4}$",parentSchema:schema59,data:data15};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
else {
const err63 = {instancePath:instancePath+"/contact/tel",schemaPath:"common.schema.json#/$defs/tel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.type,parentSchema:schema59,data:data15};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data11.fax !== undefined){
let data16 = data11.fax;
if(typeof data16 === "string"){
if(!pattern31.test(data16)){
const err64 = {instancePath:instancePath+"/contact/fax",schemaPath:"common.schema.json#/$defs/tel/pattern",keyword:"pattern",params:{pattern: "^0[0-9]{1,4}-[0-9]{1,4}-[0-9]{3,4}$"},message:"must match pattern \""+"^0[0-9]{1,4}-[0-9]{1,4}-[0-9]{3,4}$"+"\"",schema:"^0[0-9]{1,4}-[0-9]{1,4}-[0-9]{3,4}$",parentSchema:schema59,data:data16};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
else {
const err65 = {instancePath:instancePath+"/contact/fax",schemaPath:"common.schema.json#/$defs/tel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.type,parentSchema:schema59,data:data16};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data11.email !== undefined){
let data17 = data11.email;
if(typeof data17 === "string"){
if(!(formats2.test(data17))){
const err66 = {instancePath:instancePath+"/contact/email",schemaPath:"#/properties/contact/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema49.properties.contact.properties.email,data:data17};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
else {
const err67 = {instancePath:instancePath+"/contact/email",schemaPath:"#/properties/contact/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.contact.properties.email.type,parentSchema:schema49.properties.contact.properties.email,data:data17};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data11.url !== undefined){
let data18 = data11.url;
if(typeof data18 === "string"){
if(!pattern33.test(data18)){
const err68 = {instancePath:instancePath+"/contact/url",schemaPath:"#/properties/contact/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\"",schema:"^https?://",parentSchema:schema49.properties.contact.properties.url,data:data18};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(!(formats4(data18))){
const err69 = {instancePath:instancePath+"/contact/url",schemaPath:"#/properties/contact/properties/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema49.properties.contact.properties.url,data:data18};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
else {
const err70 = {instancePath:instancePath+"/contact/url",schemaPath:"#/properties/contact/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.contact.properties.url.type,parentSchema:schema49.properties.contact.properties.url,data:data18};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
}
else {
const err71 = {instancePath:instancePath+"/contact",schemaPath:"#/properties/contact/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.properties.contact.type,parentSchema:schema49.properties.contact,data:data11};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
else {
const err72 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.type,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports["schedule.schema.json"] = validate24;
const schema61 = {"$schema":"https://json-schema.org/draft/2020-12/schema","title":"日程と報告会（schedule.json）","description":"日程グループ（A日程・B日程など）の期間と、東京での報告会。各グループの対象自治体は「プロジェクト」から自動で決まります。","type":"object","additionalProperties":false,"required":["groups","sessions"],"properties":{"$schema":{"type":"string","description":"このファイルのスキーマ（エディタの入力補助用）。"},"groups":{"title":"日程グループ","type":"array","minItems":1,"maxItems":26,"items":{"type":"object","additionalProperties":false,"required":["id","start","end"],"properties":{"id":{"$ref":"common.schema.json#/$defs/groupId","title":"記号","description":"この日程グループを表す半角英大文字1字（例：A）。プロジェクトと報告会は、この記号で日程グループを選びます。"},"start":{"$ref":"common.schema.json#/$defs/date","title":"期間の初日"},"end":{"$ref":"common.schema.json#/$defs/date","title":"期間の最終日"}}}},"sessions":{"title":"報告会","description":"報告会（日程グループごとに1回）。東京の会場、オンライン、またはその両方（併催）で開催します。","type":"array","minItems":1,"items":{"description":"「会場」と「オンライン」の少なくとも一方を追加します。両方を追加すると、会場とオンラインの併催になります。","type":"object","additionalProperties":false,"required":["group","date","start","end"],"properties":{"group":{"$ref":"common.schema.json#/$defs/groupId","title":"日程グループ","description":"この報告会で報告する日程グループ。"},"date":{"$ref":"common.schema.json#/$defs/date","title":"開催日"},"start":{"$ref":"common.schema.json#/$defs/time","title":"開始時刻"},"end":{"$ref":"common.schema.json#/$defs/time","title":"終了時刻"},"venue":{"title":"会場","description":"会場で開催するときに書きます。オンラインだけで開催するときは書きません（会場とオンラインの併催なら、会場とオンラインの両方を書きます）。","type":"object","additionalProperties":false,"required":["name","address"],"properties":{"name":{"$ref":"common.schema.json#/$defs/shortText","title":"会場名","description":"例：CLAIR本部 大会議室"},"address":{"$ref":"common.schema.json#/$defs/shortText","title":"会場の住所"}}},"online":{"title":"オンライン","description":"オンラインで開催するとき、または会場での開催をオンラインでも配信するとき（併催）に書きます。","type":"object","additionalProperties":false,"required":["url"],"properties":{"url":{"title":"参加用URL","description":"https:// で始まるURL（例：https://www.example.jp/houkokukai/）。オンラインでの参加方法を案内するページ、または会議そのもののURLです。報道発表資料にも載るため、公開してよいURLを書きます。","type":"string","format":"uri","maxLength":200,"pattern":"^https://[!-~]+$"},"platform":{"$ref":"common.schema.json#/$defs/shortText","type":"string","maxLength":40,"title":"使用するサービス","description":"任意。例：Zoomウェビナー、Microsoft Teams。"}}}},"anyOf":[{"title":"会場で開催","properties":{"venue":true},"required":["venue"]},{"title":"オンラインで開催","properties":{"online":true},"required":["online"]}]}},"attendeeKinds":{"title":"出席者の区分","description":"出席簿の「区分」欄の選択肢（書かなければ 報道・自治体・省庁・その他）。12個まで、各16字まで（Excel の選択肢の上限のため）。","type":"array","minItems":1,"maxItems":12,"uniqueItems":true,"items":{"$ref":"common.schema.json#/$defs/name","type":"string","maxLength":16,"pattern":"^[^,\"\\u0000-\\u001F/\\\\]+$","description":"区分の名前（16字まで。Excel の選択肢に使うため , \" / \\ は使えません）。"},"default":["報道","自治体","省庁","その他"]},"walkInRows":{"title":"当日受付用の空欄行数","description":"出席簿の末尾に設ける空欄行の数（書かなければ20）。","type":"integer","minimum":0,"maximum":500,"default":20}}};
const schema62 = {"title":"日程の記号","description":"日程グループの記号。「日程と報告会」の日程グループから選びます。","type":"string","pattern":"^[A-Z]$","examples":["A","B"]};
const schema67 = {"title":"時刻","description":"24時間制の時刻（例：16:30）。","type":"string","pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]$","examples":["16:30"]};
const pattern34 = new RegExp("^[A-Z]$", "u");
const pattern39 = new RegExp("^([01][0-9]|2[0-3]):[0-5][0-9]$", "u");
const pattern43 = new RegExp("^https://[!-~]+$", "u");
const pattern46 = new RegExp("^[^,\"\\u0000-\\u001F/\\\\]+$", "u");

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.groups === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "groups"},message:"must have required property '"+"groups"+"'",schema:schema61.required,parentSchema:schema61,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.sessions === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sessions"},message:"must have required property '"+"sessions"+"'",schema:schema61.required,parentSchema:schema61,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "$schema") || (key0 === "groups")) || (key0 === "sessions")) || (key0 === "attendeeKinds")) || (key0 === "walkInRows"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema61,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.$schema.type,parentSchema:schema61.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.groups !== undefined){
let data1 = data.groups;
if(Array.isArray(data1)){
if(data1.length > 26){
const err4 = {instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/maxItems",keyword:"maxItems",params:{limit: 26},message:"must NOT have more than 26 items",schema:26,parentSchema:schema61.properties.groups,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1.length < 1){
const err5 = {instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema61.properties.groups,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.id === undefined){
const err6 = {instancePath:instancePath+"/groups/" + i0,schemaPath:"#/properties/groups/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema61.properties.groups.items.required,parentSchema:schema61.properties.groups.items,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data2.start === undefined){
const err7 = {instancePath:instancePath+"/groups/" + i0,schemaPath:"#/properties/groups/items/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema61.properties.groups.items.required,parentSchema:schema61.properties.groups.items,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data2.end === undefined){
const err8 = {instancePath:instancePath+"/groups/" + i0,schemaPath:"#/properties/groups/items/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema61.properties.groups.items.required,parentSchema:schema61.properties.groups.items,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key1 in data2){
if(!(((key1 === "id") || (key1 === "start")) || (key1 === "end"))){
const err9 = {instancePath:instancePath+"/groups/" + i0,schemaPath:"#/properties/groups/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema61.properties.groups.items,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data2.id !== undefined){
let data3 = data2.id;
if(typeof data3 === "string"){
if(!pattern34.test(data3)){
const err10 = {instancePath:instancePath+"/groups/" + i0+"/id",schemaPath:"common.schema.json#/$defs/groupId/pattern",keyword:"pattern",params:{pattern: "^[A-Z]$"},message:"must match pattern \""+"^[A-Z]$"+"\"",schema:"^[A-Z]$",parentSchema:schema62,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/groups/" + i0+"/id",schemaPath:"common.schema.json#/$defs/groupId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.type,parentSchema:schema62,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data2.start !== undefined){
let data4 = data2.start;
if(typeof data4 === "string"){
if(!pattern4.test(data4)){
const err12 = {instancePath:instancePath+"/groups/" + i0+"/start",schemaPath:"common.schema.json#/$defs/date/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\"",schema:"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",parentSchema:schema33,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!(formats0.validate(data4))){
const err13 = {instancePath:instancePath+"/groups/" + i0+"/start",schemaPath:"common.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema33,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/groups/" + i0+"/start",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data2.end !== undefined){
let data5 = data2.end;
if(typeof data5 === "string"){
if(!pattern4.test(data5)){
const err15 = {instancePath:instancePath+"/groups/" + i0+"/end",schemaPath:"common.schema.json#/$defs/date/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\"",schema:"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",parentSchema:schema33,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!(formats0.validate(data5))){
const err16 = {instancePath:instancePath+"/groups/" + i0+"/end",schemaPath:"common.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema33,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/groups/" + i0+"/end",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/groups/" + i0,schemaPath:"#/properties/groups/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema61.properties.groups.items.type,parentSchema:schema61.properties.groups.items,data:data2};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema61.properties.groups.type,parentSchema:schema61.properties.groups,data:data1};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.sessions !== undefined){
let data6 = data.sessions;
if(Array.isArray(data6)){
if(data6.length < 1){
const err20 = {instancePath:instancePath+"/sessions",schemaPath:"#/properties/sessions/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema61.properties.sessions,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
const _errs22 = errors;
let valid9 = false;
const _errs23 = errors;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.venue === undefined){
const err21 = {instancePath:instancePath+"/sessions/" + i1,schemaPath:"#/properties/sessions/items/anyOf/0/required",keyword:"required",params:{missingProperty: "venue"},message:"must have required property '"+"venue"+"'",schema:schema61.properties.sessions.items.anyOf[0].required,parentSchema:schema61.properties.sessions.items.anyOf[0],data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
var _valid0 = _errs23 === errors;
valid9 = valid9 || _valid0;
if(_valid0){
var props0 = {};
props0.venue = true;
}
const _errs24 = errors;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.online === undefined){
const err22 = {instancePath:instancePath+"/sessions/" + i1,schemaPath:"#/properties/sessions/items/anyOf/1/required",keyword:"required",params:{missingProperty: "online"},message:"must have required property '"+"online"+"'",schema:schema61.properties.sessions.items.anyOf[1].required,parentSchema:schema61.properties.sessions.items.anyOf[1],data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
var _valid0 = _errs24 === errors;
valid9 = valid9 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.online = true;
}
}
if(!valid9){
const err23 = {instancePath:instancePath+"/sessions/" + i1,schemaPath:"#/properties/sessions/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema61.properties.sessions.items.anyOf,parentSchema:schema61.properties.sessions.items,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
else {
errors = _errs22;
if(vErrors !== null){
if(_errs22){
vErrors.length = _errs22;
}
else {
vErrors = null;
}
}
}
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.group === undefined){
const err24 = {instancePath:instancePath+"/sessions/" + i1,schemaPath:"#/properties/sessions/items/required",keyword:"required",params:{missingProperty: "group"},message:"must have required property '"+"group"+"'",schema:schema61.properties.sessions.items.required,parentSchema:schema61.properties.sessions.items,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data7.date === undefined){
const err25 = {instancePath:instancePath+"/sessions/" + i1,schemaPath:"#/properties/sessions/items/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'",schema:schema61.properties.sessions.items.required,parentSchema:schema61.properties.sessions.items,data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data7.start === undefined){
const err26 = {instancePath:instancePath+"/sessions/" + i1,schemaPath:"#/properties/sessions/items/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema61.properties.sessions.items.required,parentSchema:schema61.properties.sessions.items,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data7.end === undefined){
const err27 = {instancePath:instancePath+"/sessions/" + i1,schemaPath:"#/properties/sessions/items/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema61.properties.sessions.items.required,parentSchema:schema61.properties.sessions.items,data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
for(const key2 in data7){
if(!((((((key2 === "group") || (key2 === "date")) || (key2 === "start")) || (key2 === "end")) || (key2 === "venue")) || (key2 === "online"))){
const err28 = {instancePath:instancePath+"/sessions/" + i1,schemaPath:"#/properties/sessions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema61.properties.sessions.items,data:data7};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data7.group !== undefined){
let data8 = data7.group;
if(typeof data8 === "string"){
if(!pattern34.test(data8)){
const err29 = {instancePath:instancePath+"/sessions/" + i1+"/group",schemaPath:"common.schema.json#/$defs/groupId/pattern",keyword:"pattern",params:{pattern: "^[A-Z]$"},message:"must match pattern \""+"^[A-Z]$"+"\"",schema:"^[A-Z]$",parentSchema:schema62,data:data8};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/sessions/" + i1+"/group",schemaPath:"common.schema.json#/$defs/groupId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.type,parentSchema:schema62,data:data8};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data7.date !== undefined){
let data9 = data7.date;
if(typeof data9 === "string"){
if(!pattern4.test(data9)){
const err31 = {instancePath:instancePath+"/sessions/" + i1+"/date",schemaPath:"common.schema.json#/$defs/date/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\"",schema:"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",parentSchema:schema33,data:data9};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(!(formats0.validate(data9))){
const err32 = {instancePath:instancePath+"/sessions/" + i1+"/date",schemaPath:"common.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema33,data:data9};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/sessions/" + i1+"/date",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data9};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data7.start !== undefined){
let data10 = data7.start;
if(typeof data10 === "string"){
if(!pattern39.test(data10)){
const err34 = {instancePath:instancePath+"/sessions/" + i1+"/start",schemaPath:"common.schema.json#/$defs/time/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$"},message:"must match pattern \""+"^([01][0-9]|2[0-3]):[0-5][0-9]$"+"\"",schema:"^([01][0-9]|2[0-3]):[0-5][0-9]$",parentSchema:schema67,data:data10};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/sessions/" + i1+"/start",schemaPath:"common.schema.json#/$defs/time/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.type,parentSchema:schema67,data:data10};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data7.end !== undefined){
let data11 = data7.end;
if(typeof data11 === "string"){
if(!pattern39.test(data11)){
const err36 = {instancePath:instancePath+"/sessions/" + i1+"/end",schemaPath:"common.schema.json#/$defs/time/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$"},message:"must match pattern \""+"^([01][0-9]|2[0-3]):[0-5][0-9]$"+"\"",schema:"^([01][0-9]|2[0-3]):[0-5][0-9]$",parentSchema:schema67,data:data11};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/sessions/" + i1+"/end",schemaPath:"common.schema.json#/$defs/time/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.type,parentSchema:schema67,data:data11};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data7.venue !== undefined){
let data12 = data7.venue;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.name === undefined){
const err38 = {instancePath:instancePath+"/sessions/" + i1+"/venue",schemaPath:"#/properties/sessions/items/properties/venue/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema61.properties.sessions.items.properties.venue.required,parentSchema:schema61.properties.sessions.items.properties.venue,data:data12};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data12.address === undefined){
const err39 = {instancePath:instancePath+"/sessions/" + i1+"/venue",schemaPath:"#/properties/sessions/items/properties/venue/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'",schema:schema61.properties.sessions.items.properties.venue.required,parentSchema:schema61.properties.sessions.items.properties.venue,data:data12};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
for(const key3 in data12){
if(!((key3 === "name") || (key3 === "address"))){
const err40 = {instancePath:instancePath+"/sessions/" + i1+"/venue",schemaPath:"#/properties/sessions/items/properties/venue/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema61.properties.sessions.items.properties.venue,data:data12};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data12.name !== undefined){
let data13 = data12.name;
if(typeof data13 === "string"){
if(func2(data13) > 200){
const err41 = {instancePath:instancePath+"/sessions/" + i1+"/venue/name",schemaPath:"common.schema.json#/$defs/shortText/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema34,data:data13};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(func2(data13) < 1){
const err42 = {instancePath:instancePath+"/sessions/" + i1+"/venue/name",schemaPath:"common.schema.json#/$defs/shortText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34,data:data13};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(!pattern5.test(data13)){
const err43 = {instancePath:instancePath+"/sessions/" + i1+"/venue/name",schemaPath:"common.schema.json#/$defs/shortText/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F]*$",parentSchema:schema34,data:data13};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/sessions/" + i1+"/venue/name",schemaPath:"common.schema.json#/$defs/shortText/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data13};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data12.address !== undefined){
let data14 = data12.address;
if(typeof data14 === "string"){
if(func2(data14) > 200){
const err45 = {instancePath:instancePath+"/sessions/" + i1+"/venue/address",schemaPath:"common.schema.json#/$defs/shortText/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema34,data:data14};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(func2(data14) < 1){
const err46 = {instancePath:instancePath+"/sessions/" + i1+"/venue/address",schemaPath:"common.schema.json#/$defs/shortText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34,data:data14};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(!pattern5.test(data14)){
const err47 = {instancePath:instancePath+"/sessions/" + i1+"/venue/address",schemaPath:"common.schema.json#/$defs/shortText/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F]*$",parentSchema:schema34,data:data14};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/sessions/" + i1+"/venue/address",schemaPath:"common.schema.json#/$defs/shortText/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data14};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/sessions/" + i1+"/venue",schemaPath:"#/properties/sessions/items/properties/venue/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema61.properties.sessions.items.properties.venue.type,parentSchema:schema61.properties.sessions.items.properties.venue,data:data12};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data7.online !== undefined){
let data15 = data7.online;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.url === undefined){
const err50 = {instancePath:instancePath+"/sessions/" + i1+"/online",schemaPath:"#/properties/sessions/items/properties/online/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema61.properties.sessions.items.properties.online.required,parentSchema:schema61.properties.sessions.items.properties.online,data:data15};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
for(const key4 in data15){
if(!((key4 === "url") || (key4 === "platform"))){
const err51 = {instancePath:instancePath+"/sessions/" + i1+"/online",schemaPath:"#/properties/sessions/items/properties/online/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema61.properties.sessions.items.properties.online,data:data15};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data15.url !== undefined){
let data16 = data15.url;
if(typeof data16 === "string"){
if(func2(data16) > 200){
const err52 = {instancePath:instancePath+"/sessions/" + i1+"/online/url",schemaPath:"#/properties/sessions/items/properties/online/properties/url/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema61.properties.sessions.items.properties.online.properties.url,data:data16};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(!pattern43.test(data16)){
const err53 = {instancePath:instancePath+"/sessions/" + i1+"/online/url",schemaPath:"#/properties/sessions/items/properties/online/properties/url/pattern",keyword:"pattern",params:{pattern: "^https://[!-~]+$"},message:"must match pattern \""+"^https://[!-~]+$"+"\"",schema:"^https://[!-~]+$",parentSchema:schema61.properties.sessions.items.properties.online.properties.url,data:data16};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(!(formats4(data16))){
const err54 = {instancePath:instancePath+"/sessions/" + i1+"/online/url",schemaPath:"#/properties/sessions/items/properties/online/properties/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema61.properties.sessions.items.properties.online.properties.url,data:data16};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
else {
const err55 = {instancePath:instancePath+"/sessions/" + i1+"/online/url",schemaPath:"#/properties/sessions/items/properties/online/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.sessions.items.properties.online.properties.url.type,parentSchema:schema61.properties.sessions.items.properties.online.properties.url,data:data16};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data15.platform !== undefined){
let data17 = data15.platform;
if(typeof data17 === "string"){
if(func2(data17) > 200){
const err56 = {instancePath:instancePath+"/sessions/" + i1+"/online/platform",schemaPath:"common.schema.json#/$defs/shortText/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema34,data:data17};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(func2(data17) < 1){
const err57 = {instancePath:instancePath+"/sessions/" + i1+"/online/platform",schemaPath:"common.schema.json#/$defs/shortText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34,data:data17};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(!pattern5.test(data17)){
const err58 = {instancePath:instancePath+"/sessions/" + i1+"/online/platform",schemaPath:"common.schema.json#/$defs/shortText/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F]*$",parentSchema:schema34,data:data17};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
else {
const err59 = {instancePath:instancePath+"/sessions/" + i1+"/online/platform",schemaPath:"common.schema.json#/$defs/shortText/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data17};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(typeof data17 === "string"){
if(func2(data17) > 40){
const err60 = {instancePath:instancePath+"/sessions/" + i1+"/online/platform",schemaPath:"#/properties/sessions/items/properties/online/properties/platform/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters",schema:40,parentSchema:schema61.properties.sessions.items.properties.online.properties.platform,data:data17};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
else {
const err61 = {instancePath:instancePath+"/sessions/" + i1+"/online/platform",schemaPath:"#/properties/sessions/items/properties/online/properties/platform/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.sessions.items.properties.online.properties.platform.type,parentSchema:schema61.properties.sessions.items.properties.online.properties.platform,data:data17};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
else {
const err62 = {instancePath:instancePath+"/sessions/" + i1+"/online",schemaPath:"#/properties/sessions/items/properties/online/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema61.properties.sessions.items.properties.online.type,parentSchema:schema61.properties.sessions.items.properties.online,data:data15};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath:instancePath+"/sessions/" + i1,schemaPath:"#/properties/sessions/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema61.properties.sessions.items.type,parentSchema:schema61.properties.sessions.items,data:data7};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath:instancePath+"/sessions",schemaPath:"#/properties/sessions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema61.properties.sessions.type,parentSchema:schema61.properties.sessions,data:data6};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data.attendeeKinds !== undefined){
let data18 = data.attendeeKinds;
if(Array.isArray(data18)){
if(data18.length > 12){
const err65 = {instancePath:instancePath+"/attendeeKinds",schemaPath:"#/properties/attendeeKinds/maxItems",keyword:"maxItems",params:{limit: 12},message:"must NOT have more than 12 items",schema:12,parentSchema:schema61.properties.attendeeKinds,data:data18};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(data18.length < 1){
const err66 = {instancePath:instancePath+"/attendeeKinds",schemaPath:"#/properties/attendeeKinds/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema61.properties.attendeeKinds,data:data18};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
const len2 = data18.length;
for(let i2=0; i2<len2; i2++){
let data19 = data18[i2];
if(typeof data19 === "string"){
if(func2(data19) > 100){
const err67 = {instancePath:instancePath+"/attendeeKinds/" + i2,schemaPath:"common.schema.json#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema47,data:data19};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(func2(data19) < 1){
const err68 = {instancePath:instancePath+"/attendeeKinds/" + i2,schemaPath:"common.schema.json#/$defs/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47,data:data19};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(!pattern18.test(data19)){
const err69 = {instancePath:instancePath+"/attendeeKinds/" + i2,schemaPath:"common.schema.json#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F/\\\\]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F/\\\\]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F/\\\\]*$",parentSchema:schema47,data:data19};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
else {
const err70 = {instancePath:instancePath+"/attendeeKinds/" + i2,schemaPath:"common.schema.json#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.type,parentSchema:schema47,data:data19};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(typeof data19 === "string"){
if(func2(data19) > 16){
const err71 = {instancePath:instancePath+"/attendeeKinds/" + i2,schemaPath:"#/properties/attendeeKinds/items/maxLength",keyword:"maxLength",params:{limit: 16},message:"must NOT have more than 16 characters",schema:16,parentSchema:schema61.properties.attendeeKinds.items,data:data19};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(!pattern46.test(data19)){
const err72 = {instancePath:instancePath+"/attendeeKinds/" + i2,schemaPath:"#/properties/attendeeKinds/items/pattern",keyword:"pattern",params:{pattern: "^[^,\"\\u0000-\\u001F/\\\\]+$"},message:"must match pattern \""+"^[^,\"\\u0000-\\u001F/\\\\]+$"+"\"",schema:"^[^,\"\\u0000-\\u001F/\\\\]+$",parentSchema:schema61.properties.attendeeKinds.items,data:data19};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
else {
const err73 = {instancePath:instancePath+"/attendeeKinds/" + i2,schemaPath:"#/properties/attendeeKinds/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.attendeeKinds.items.type,parentSchema:schema61.properties.attendeeKinds.items,data:data19};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
let i3 = data18.length;
let j0;
if(i3 > 1){
const indices0 = {};
for(;i3--;){
let item0 = data18[i3];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err74 = {instancePath:instancePath+"/attendeeKinds",schemaPath:"#/properties/attendeeKinds/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i3+" are identical)",schema:true,parentSchema:schema61.properties.attendeeKinds,data:data18};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
break;
}
indices0[item0] = i3;
}
}
}
else {
const err75 = {instancePath:instancePath+"/attendeeKinds",schemaPath:"#/properties/attendeeKinds/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema61.properties.attendeeKinds.type,parentSchema:schema61.properties.attendeeKinds,data:data18};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data.walkInRows !== undefined){
let data20 = data.walkInRows;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err76 = {instancePath:instancePath+"/walkInRows",schemaPath:"#/properties/walkInRows/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema61.properties.walkInRows.type,parentSchema:schema61.properties.walkInRows,data:data20};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 > 500 || isNaN(data20)){
const err77 = {instancePath:instancePath+"/walkInRows",schemaPath:"#/properties/walkInRows/maximum",keyword:"maximum",params:{comparison: "<=", limit: 500},message:"must be <= 500",schema:500,parentSchema:schema61.properties.walkInRows,data:data20};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if(data20 < 0 || isNaN(data20)){
const err78 = {instancePath:instancePath+"/walkInRows",schemaPath:"#/properties/walkInRows/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema61.properties.walkInRows,data:data20};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
}
}
else {
const err79 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema61.type,parentSchema:schema61,data};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports["projects.schema.json"] = validate25;
const schema73 = {"$schema":"https://json-schema.org/draft/2020-12/schema","title":"プロジェクト（projects.json）","description":"元JET参加者が元任用地で行うプロジェクトの一覧。記載順に別紙へ掲載されます。","type":"object","additionalProperties":false,"required":["fields","projects"],"properties":{"$schema":{"type":"string","description":"このファイルのスキーマ（エディタの入力補助用）。"},"fields":{"title":"活動分野","description":"この回で使う活動分野の一覧（記載順に表示されます。例：観光、経済、教育、文化）。","type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"common.schema.json#/$defs/name","type":"string","maxLength":20}},"projects":{"title":"プロジェクト","type":"array","minItems":1,"maxItems":2000,"items":{"type":"object","additionalProperties":false,"required":["number","municipality","group","start","end","participant","plan","fields"],"properties":{"number":{"type":"integer","minimum":1,"maximum":9999,"title":"番号","description":"別紙での通し番号（プロジェクトごとに別の番号。追加すると次の番号が入ります）。"},"municipality":{"title":"対象自治体","type":"object","additionalProperties":false,"required":["prefecture","code"],"properties":{"prefecture":{"$ref":"common.schema.json#/$defs/prefecture"},"city":{"$ref":"common.schema.json#/$defs/name","type":"string","maxLength":30,"pattern":"^[^\\u0000-\\u007F]+[市区町村]$","title":"市区町村","description":"市区町村名（郡名を含めてもよい）。日本語で書き、市・区・町・村で終わります。都道府県そのものが対象なら省略します。"},"code":{"type":"string","pattern":"^[0-9]{6}$","title":"地方公共団体コード","description":"総務省の全国地方公共団体コード。検査数字を含む6桁です（例：北九州市 401005）。上の欄で自治体を名前から探して選ぶと入ります。"},"omitPrefecture":{"type":"boolean","title":"都道府県名を省く","description":"政令指定都市など、報道発表資料で都道府県名を付けずに書くときにチェックします。"}}},"group":{"$ref":"common.schema.json#/$defs/groupId","title":"日程グループ"},"start":{"$ref":"common.schema.json#/$defs/date","title":"初日"},"end":{"$ref":"common.schema.json#/$defs/date","title":"最終日"},"participant":{"$ref":"common.schema.json#/$defs/shortText","title":"元JET参加者","description":"どのような元JETか（例：神戸市のホテルで働く元JET）。"},"plan":{"$ref":"common.schema.json#/$defs/text","title":"企画概要","description":"別紙に掲載する企画の概要（文章）。"},"fields":{"title":"活動分野","description":"このファイルの上の「活動分野」の一覧から選びます。","type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"common.schema.json#/$defs/name","type":"string","maxLength":20}}}}}}};
const schema75 = {"title":"都道府県","description":"都道府県名（「県」「府」「都」「道」まで書きます）。","enum":["北海道","青森県","岩手県","宮城県","秋田県","山形県","福島県","茨城県","栃木県","群馬県","埼玉県","千葉県","東京都","神奈川県","新潟県","富山県","石川県","福井県","山梨県","長野県","岐阜県","静岡県","愛知県","三重県","滋賀県","京都府","大阪府","兵庫県","奈良県","和歌山県","鳥取県","島根県","岡山県","広島県","山口県","徳島県","香川県","愛媛県","高知県","福岡県","佐賀県","長崎県","熊本県","大分県","宮崎県","鹿児島県","沖縄県"]};
const schema81 = {"title":"文章","description":"文章（2000字まで。改行は入れられません。段落は資料の側で分けます）。","type":"string","minLength":1,"maxLength":2000,"pattern":"^[^\\u0000-\\u001F\\u007F-\\u009F]*$"};
const pattern49 = new RegExp("^[^\\u0000-\\u007F]+[市区町村]$", "u");
const pattern50 = new RegExp("^[0-9]{6}$", "u");

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.fields === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fields"},message:"must have required property '"+"fields"+"'",schema:schema73.required,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.projects === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "projects"},message:"must have required property '"+"projects"+"'",schema:schema73.required,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "$schema") || (key0 === "fields")) || (key0 === "projects"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema73.properties.$schema.type,parentSchema:schema73.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.fields !== undefined){
let data1 = data.fields;
if(Array.isArray(data1)){
if(data1.length < 1){
const err4 = {instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema73.properties.fields,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 === "string"){
if(func2(data2) > 100){
const err5 = {instancePath:instancePath+"/fields/" + i0,schemaPath:"common.schema.json#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema47,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func2(data2) < 1){
const err6 = {instancePath:instancePath+"/fields/" + i0,schemaPath:"common.schema.json#/$defs/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern18.test(data2)){
const err7 = {instancePath:instancePath+"/fields/" + i0,schemaPath:"common.schema.json#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F/\\\\]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F/\\\\]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F/\\\\]*$",parentSchema:schema47,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/fields/" + i0,schemaPath:"common.schema.json#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.type,parentSchema:schema47,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(typeof data2 === "string"){
if(func2(data2) > 20){
const err9 = {instancePath:instancePath+"/fields/" + i0,schemaPath:"#/properties/fields/items/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters",schema:20,parentSchema:schema73.properties.fields.items,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/fields/" + i0,schemaPath:"#/properties/fields/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema73.properties.fields.items.type,parentSchema:schema73.properties.fields.items,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
let i1 = data1.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data1[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err11 = {instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema73.properties.fields,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err12 = {instancePath:instancePath+"/fields",schemaPath:"#/properties/fields/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema73.properties.fields.type,parentSchema:schema73.properties.fields,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.projects !== undefined){
let data3 = data.projects;
if(Array.isArray(data3)){
if(data3.length > 2000){
const err13 = {instancePath:instancePath+"/projects",schemaPath:"#/properties/projects/maxItems",keyword:"maxItems",params:{limit: 2000},message:"must NOT have more than 2000 items",schema:2000,parentSchema:schema73.properties.projects,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data3.length < 1){
const err14 = {instancePath:instancePath+"/projects",schemaPath:"#/properties/projects/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema73.properties.projects,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
const len1 = data3.length;
for(let i2=0; i2<len1; i2++){
let data4 = data3[i2];
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.number === undefined){
const err15 = {instancePath:instancePath+"/projects/" + i2,schemaPath:"#/properties/projects/items/required",keyword:"required",params:{missingProperty: "number"},message:"must have required property '"+"number"+"'",schema:schema73.properties.projects.items.required,parentSchema:schema73.properties.projects.items,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data4.municipality === undefined){
const err16 = {instancePath:instancePath+"/projects/" + i2,schemaPath:"#/properties/projects/items/required",keyword:"required",params:{missingProperty: "municipality"},message:"must have required property '"+"municipality"+"'",schema:schema73.properties.projects.items.required,parentSchema:schema73.properties.projects.items,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data4.group === undefined){
const err17 = {instancePath:instancePath+"/projects/" + i2,schemaPath:"#/properties/projects/items/required",keyword:"required",params:{missingProperty: "group"},message:"must have required property '"+"group"+"'",schema:schema73.properties.projects.items.required,parentSchema:schema73.properties.projects.items,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data4.start === undefined){
const err18 = {instancePath:instancePath+"/projects/" + i2,schemaPath:"#/properties/projects/items/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema73.properties.projects.items.required,parentSchema:schema73.properties.projects.items,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data4.end === undefined){
const err19 = {instancePath:instancePath+"/projects/" + i2,schemaPath:"#/properties/projects/items/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema73.properties.projects.items.required,parentSchema:schema73.properties.projects.items,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data4.participant === undefined){
const err20 = {instancePath:instancePath+"/projects/" + i2,schemaPath:"#/properties/projects/items/required",keyword:"required",params:{missingProperty: "participant"},message:"must have required property '"+"participant"+"'",schema:schema73.properties.projects.items.required,parentSchema:schema73.properties.projects.items,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data4.plan === undefined){
const err21 = {instancePath:instancePath+"/projects/" + i2,schemaPath:"#/properties/projects/items/required",keyword:"required",params:{missingProperty: "plan"},message:"must have required property '"+"plan"+"'",schema:schema73.properties.projects.items.required,parentSchema:schema73.properties.projects.items,data:data4};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data4.fields === undefined){
const err22 = {instancePath:instancePath+"/projects/" + i2,schemaPath:"#/properties/projects/items/required",keyword:"required",params:{missingProperty: "fields"},message:"must have required property '"+"fields"+"'",schema:schema73.properties.projects.items.required,parentSchema:schema73.properties.projects.items,data:data4};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key1 in data4){
if(!((((((((key1 === "number") || (key1 === "municipality")) || (key1 === "group")) || (key1 === "start")) || (key1 === "end")) || (key1 === "participant")) || (key1 === "plan")) || (key1 === "fields"))){
const err23 = {instancePath:instancePath+"/projects/" + i2,schemaPath:"#/properties/projects/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema73.properties.projects.items,data:data4};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data4.number !== undefined){
let data5 = data4.number;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err24 = {instancePath:instancePath+"/projects/" + i2+"/number",schemaPath:"#/properties/projects/items/properties/number/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema73.properties.projects.items.properties.number.type,parentSchema:schema73.properties.projects.items.properties.number,data:data5};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 9999 || isNaN(data5)){
const err25 = {instancePath:instancePath+"/projects/" + i2+"/number",schemaPath:"#/properties/projects/items/properties/number/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9999},message:"must be <= 9999",schema:9999,parentSchema:schema73.properties.projects.items.properties.number,data:data5};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data5 < 1 || isNaN(data5)){
const err26 = {instancePath:instancePath+"/projects/" + i2+"/number",schemaPath:"#/properties/projects/items/properties/number/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema73.properties.projects.items.properties.number,data:data5};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
if(data4.municipality !== undefined){
let data6 = data4.municipality;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.prefecture === undefined){
const err27 = {instancePath:instancePath+"/projects/" + i2+"/municipality",schemaPath:"#/properties/projects/items/properties/municipality/required",keyword:"required",params:{missingProperty: "prefecture"},message:"must have required property '"+"prefecture"+"'",schema:schema73.properties.projects.items.properties.municipality.required,parentSchema:schema73.properties.projects.items.properties.municipality,data:data6};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data6.code === undefined){
const err28 = {instancePath:instancePath+"/projects/" + i2+"/municipality",schemaPath:"#/properties/projects/items/properties/municipality/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'",schema:schema73.properties.projects.items.properties.municipality.required,parentSchema:schema73.properties.projects.items.properties.municipality,data:data6};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
for(const key2 in data6){
if(!((((key2 === "prefecture") || (key2 === "city")) || (key2 === "code")) || (key2 === "omitPrefecture"))){
const err29 = {instancePath:instancePath+"/projects/" + i2+"/municipality",schemaPath:"#/properties/projects/items/properties/municipality/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema73.properties.projects.items.properties.municipality,data:data6};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data6.prefecture !== undefined){
let data7 = data6.prefecture;
if(!(((((((((((((((((((((((((((((((((((((((((((((((data7 === "北海道") || (data7 === "青森県")) || (data7 === "岩手県")) || (data7 === "宮城県")) || (data7 === "秋田県")) || (data7 === "山形県")) || (data7 === "福島県")) || (data7 === "茨城県")) || (data7 === "栃木県")) || (data7 === "群馬県")) || (data7 === "埼玉県")) || (data7 === "千葉県")) || (data7 === "東京都")) || (data7 === "神奈川県")) || (data7 === "新潟県")) || (data7 === "富山県")) || (data7 === "石川県")) || (data7 === "福井県")) || (data7 === "山梨県")) || (data7 === "長野県")) || (data7 === "岐阜県")) || (data7 === "静岡県")) || (data7 === "愛知県")) || (data7 === "三重県")) || (data7 === "滋賀県")) || (data7 === "京都府")) || (data7 === "大阪府")) || (data7 === "兵庫県")) || (data7 === "奈良県")) || (data7 === "和歌山県")) || (data7 === "鳥取県")) || (data7 === "島根県")) || (data7 === "岡山県")) || (data7 === "広島県")) || (data7 === "山口県")) || (data7 === "徳島県")) || (data7 === "香川県")) || (data7 === "愛媛県")) || (data7 === "高知県")) || (data7 === "福岡県")) || (data7 === "佐賀県")) || (data7 === "長崎県")) || (data7 === "熊本県")) || (data7 === "大分県")) || (data7 === "宮崎県")) || (data7 === "鹿児島県")) || (data7 === "沖縄県"))){
const err30 = {instancePath:instancePath+"/projects/" + i2+"/municipality/prefecture",schemaPath:"common.schema.json#/$defs/prefecture/enum",keyword:"enum",params:{allowedValues: schema75.enum},message:"must be equal to one of the allowed values",schema:schema75.enum,parentSchema:schema75,data:data7};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data6.city !== undefined){
let data8 = data6.city;
if(typeof data8 === "string"){
if(func2(data8) > 100){
const err31 = {instancePath:instancePath+"/projects/" + i2+"/municipality/city",schemaPath:"common.schema.json#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema47,data:data8};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(func2(data8) < 1){
const err32 = {instancePath:instancePath+"/projects/" + i2+"/municipality/city",schemaPath:"common.schema.json#/$defs/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47,data:data8};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(!pattern18.test(data8)){
const err33 = {instancePath:instancePath+"/projects/" + i2+"/municipality/city",schemaPath:"common.schema.json#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F/\\\\]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F/\\\\]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F/\\\\]*$",parentSchema:schema47,data:data8};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/projects/" + i2+"/municipality/city",schemaPath:"common.schema.json#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.type,parentSchema:schema47,data:data8};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(typeof data8 === "string"){
if(func2(data8) > 30){
const err35 = {instancePath:instancePath+"/projects/" + i2+"/municipality/city",schemaPath:"#/properties/projects/items/properties/municipality/properties/city/maxLength",keyword:"maxLength",params:{limit: 30},message:"must NOT have more than 30 characters",schema:30,parentSchema:schema73.properties.projects.items.properties.municipality.properties.city,data:data8};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(!pattern49.test(data8)){
const err36 = {instancePath:instancePath+"/projects/" + i2+"/municipality/city",schemaPath:"#/properties/projects/items/properties/municipality/properties/city/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u007F]+[市区町村]$"},message:"must match pattern \""+"^[^\\u0000-\\u007F]+[市区町村]$"+"\"",schema:"^[^\\u0000-\\u007F]+[市区町村]$",parentSchema:schema73.properties.projects.items.properties.municipality.properties.city,data:data8};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/projects/" + i2+"/municipality/city",schemaPath:"#/properties/projects/items/properties/municipality/properties/city/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema73.properties.projects.items.properties.municipality.properties.city.type,parentSchema:schema73.properties.projects.items.properties.municipality.properties.city,data:data8};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data6.code !== undefined){
let data9 = data6.code;
if(typeof data9 === "string"){
if(!pattern50.test(data9)){
const err38 = {instancePath:instancePath+"/projects/" + i2+"/municipality/code",schemaPath:"#/properties/projects/items/properties/municipality/properties/code/pattern",keyword:"pattern",params:{pattern: "^[0-9]{6}$"},message:"must match pattern \""+"^[0-9]{6}$"+"\"",schema:"^[0-9]{6}$",parentSchema:schema73.properties.projects.items.properties.municipality.properties.code,data:data9};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/projects/" + i2+"/municipality/code",schemaPath:"#/properties/projects/items/properties/municipality/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema73.properties.projects.items.properties.municipality.properties.code.type,parentSchema:schema73.properties.projects.items.properties.municipality.properties.code,data:data9};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data6.omitPrefecture !== undefined){
let data10 = data6.omitPrefecture;
if(typeof data10 !== "boolean"){
const err40 = {instancePath:instancePath+"/projects/" + i2+"/municipality/omitPrefecture",schemaPath:"#/properties/projects/items/properties/municipality/properties/omitPrefecture/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema73.properties.projects.items.properties.municipality.properties.omitPrefecture.type,parentSchema:schema73.properties.projects.items.properties.municipality.properties.omitPrefecture,data:data10};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/projects/" + i2+"/municipality",schemaPath:"#/properties/projects/items/properties/municipality/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema73.properties.projects.items.properties.municipality.type,parentSchema:schema73.properties.projects.items.properties.municipality,data:data6};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data4.group !== undefined){
let data11 = data4.group;
if(typeof data11 === "string"){
if(!pattern34.test(data11)){
const err42 = {instancePath:instancePath+"/projects/" + i2+"/group",schemaPath:"common.schema.json#/$defs/groupId/pattern",keyword:"pattern",params:{pattern: "^[A-Z]$"},message:"must match pattern \""+"^[A-Z]$"+"\"",schema:"^[A-Z]$",parentSchema:schema62,data:data11};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/projects/" + i2+"/group",schemaPath:"common.schema.json#/$defs/groupId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.type,parentSchema:schema62,data:data11};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data4.start !== undefined){
let data12 = data4.start;
if(typeof data12 === "string"){
if(!pattern4.test(data12)){
const err44 = {instancePath:instancePath+"/projects/" + i2+"/start",schemaPath:"common.schema.json#/$defs/date/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\"",schema:"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",parentSchema:schema33,data:data12};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(!(formats0.validate(data12))){
const err45 = {instancePath:instancePath+"/projects/" + i2+"/start",schemaPath:"common.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema33,data:data12};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/projects/" + i2+"/start",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data12};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data4.end !== undefined){
let data13 = data4.end;
if(typeof data13 === "string"){
if(!pattern4.test(data13)){
const err47 = {instancePath:instancePath+"/projects/" + i2+"/end",schemaPath:"common.schema.json#/$defs/date/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\"",schema:"^[0-9]{4}-[0-9]{2}-[0-9]{2}$",parentSchema:schema33,data:data13};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(!(formats0.validate(data13))){
const err48 = {instancePath:instancePath+"/projects/" + i2+"/end",schemaPath:"common.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema33,data:data13};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/projects/" + i2+"/end",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data13};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data4.participant !== undefined){
let data14 = data4.participant;
if(typeof data14 === "string"){
if(func2(data14) > 200){
const err50 = {instancePath:instancePath+"/projects/" + i2+"/participant",schemaPath:"common.schema.json#/$defs/shortText/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema34,data:data14};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(func2(data14) < 1){
const err51 = {instancePath:instancePath+"/projects/" + i2+"/participant",schemaPath:"common.schema.json#/$defs/shortText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34,data:data14};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(!pattern5.test(data14)){
const err52 = {instancePath:instancePath+"/projects/" + i2+"/participant",schemaPath:"common.schema.json#/$defs/shortText/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F]*$",parentSchema:schema34,data:data14};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/projects/" + i2+"/participant",schemaPath:"common.schema.json#/$defs/shortText/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data14};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data4.plan !== undefined){
let data15 = data4.plan;
if(typeof data15 === "string"){
if(func2(data15) > 2000){
const err54 = {instancePath:instancePath+"/projects/" + i2+"/plan",schemaPath:"common.schema.json#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema81,data:data15};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(func2(data15) < 1){
const err55 = {instancePath:instancePath+"/projects/" + i2+"/plan",schemaPath:"common.schema.json#/$defs/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema81,data:data15};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(!pattern5.test(data15)){
const err56 = {instancePath:instancePath+"/projects/" + i2+"/plan",schemaPath:"common.schema.json#/$defs/text/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F]*$",parentSchema:schema81,data:data15};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
else {
const err57 = {instancePath:instancePath+"/projects/" + i2+"/plan",schemaPath:"common.schema.json#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema81.type,parentSchema:schema81,data:data15};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data4.fields !== undefined){
let data16 = data4.fields;
if(Array.isArray(data16)){
if(data16.length < 1){
const err58 = {instancePath:instancePath+"/projects/" + i2+"/fields",schemaPath:"#/properties/projects/items/properties/fields/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema73.properties.projects.items.properties.fields,data:data16};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
const len2 = data16.length;
for(let i3=0; i3<len2; i3++){
let data17 = data16[i3];
if(typeof data17 === "string"){
if(func2(data17) > 100){
const err59 = {instancePath:instancePath+"/projects/" + i2+"/fields/" + i3,schemaPath:"common.schema.json#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema47,data:data17};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(func2(data17) < 1){
const err60 = {instancePath:instancePath+"/projects/" + i2+"/fields/" + i3,schemaPath:"common.schema.json#/$defs/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47,data:data17};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(!pattern18.test(data17)){
const err61 = {instancePath:instancePath+"/projects/" + i2+"/fields/" + i3,schemaPath:"common.schema.json#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F/\\\\]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F/\\\\]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F/\\\\]*$",parentSchema:schema47,data:data17};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
else {
const err62 = {instancePath:instancePath+"/projects/" + i2+"/fields/" + i3,schemaPath:"common.schema.json#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.type,parentSchema:schema47,data:data17};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(typeof data17 === "string"){
if(func2(data17) > 20){
const err63 = {instancePath:instancePath+"/projects/" + i2+"/fields/" + i3,schemaPath:"#/properties/projects/items/properties/fields/items/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters",schema:20,parentSchema:schema73.properties.projects.items.properties.fields.items,data:data17};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
else {
const err64 = {instancePath:instancePath+"/projects/" + i2+"/fields/" + i3,schemaPath:"#/properties/projects/items/properties/fields/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema73.properties.projects.items.properties.fields.items.type,parentSchema:schema73.properties.projects.items.properties.fields.items,data:data17};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
let i4 = data16.length;
let j1;
if(i4 > 1){
const indices1 = {};
for(;i4--;){
let item1 = data16[i4];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err65 = {instancePath:instancePath+"/projects/" + i2+"/fields",schemaPath:"#/properties/projects/items/properties/fields/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i4+" are identical)",schema:true,parentSchema:schema73.properties.projects.items.properties.fields,data:data16};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
break;
}
indices1[item1] = i4;
}
}
}
else {
const err66 = {instancePath:instancePath+"/projects/" + i2+"/fields",schemaPath:"#/properties/projects/items/properties/fields/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema73.properties.projects.items.properties.fields.type,parentSchema:schema73.properties.projects.items.properties.fields,data:data16};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
else {
const err67 = {instancePath:instancePath+"/projects/" + i2,schemaPath:"#/properties/projects/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema73.properties.projects.items.type,parentSchema:schema73.properties.projects.items,data:data4};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
}
else {
const err68 = {instancePath:instancePath+"/projects",schemaPath:"#/properties/projects/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema73.properties.projects.type,parentSchema:schema73.properties.projects,data:data3};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
else {
const err69 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema73.type,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports["registrations.schema.json"] = validate26;
const schema83 = {"$schema":"https://json-schema.org/draft/2020-12/schema","title":"報告会の出席申込（registrations.json）","description":"報告会への出席申込の一覧（なくてもかまいません）。出席簿に、ふりがな順で載ります。","type":"object","additionalProperties":false,"required":["registrations"],"properties":{"$schema":{"type":"string","description":"このファイルのスキーマ（エディタの入力補助用）。"},"registrations":{"title":"申込","type":"array","maxItems":20000,"items":{"type":"object","additionalProperties":false,"required":["session","name","furigana","organisation","kind"],"properties":{"session":{"$ref":"common.schema.json#/$defs/groupId","title":"報告会","description":"出席する報告会（「日程と報告会」の報告会から選びます）。"},"name":{"$ref":"common.schema.json#/$defs/name","type":"string","maxLength":60,"title":"氏名","description":"出席者の氏名（例：山田 太郎）。60字まで。"},"furigana":{"type":"string","minLength":1,"maxLength":60,"pattern":"^[\\u3041-\\u3096\\u309D\\u309E\\u30FC\\u3000 ]+$","title":"ふりがな","description":"ひらがなで書きます（姓と名の間の空白は可）。"},"organisation":{"$ref":"common.schema.json#/$defs/shortText","type":"string","maxLength":100,"title":"所属"},"kind":{"$ref":"common.schema.json#/$defs/name","type":"string","maxLength":20,"title":"区分","description":"「日程と報告会」の「出席者の区分」から選びます（例：報道）。"},"title":{"$ref":"common.schema.json#/$defs/shortText","type":"string","maxLength":60,"title":"役職"},"tel":{"$ref":"common.schema.json#/$defs/tel","title":"電話"},"email":{"type":"string","format":"email","maxLength":254,"title":"メール"}}}}}};
const pattern59 = new RegExp("^[\\u3041-\\u3096\\u309D\\u309E\\u30FC\\u3000 ]+$", "u");

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.registrations === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "registrations"},message:"must have required property '"+"registrations"+"'",schema:schema83.required,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "$schema") || (key0 === "registrations"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.properties.$schema.type,parentSchema:schema83.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.registrations !== undefined){
let data1 = data.registrations;
if(Array.isArray(data1)){
if(data1.length > 20000){
const err3 = {instancePath:instancePath+"/registrations",schemaPath:"#/properties/registrations/maxItems",keyword:"maxItems",params:{limit: 20000},message:"must NOT have more than 20000 items",schema:20000,parentSchema:schema83.properties.registrations,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.session === undefined){
const err4 = {instancePath:instancePath+"/registrations/" + i0,schemaPath:"#/properties/registrations/items/required",keyword:"required",params:{missingProperty: "session"},message:"must have required property '"+"session"+"'",schema:schema83.properties.registrations.items.required,parentSchema:schema83.properties.registrations.items,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2.name === undefined){
const err5 = {instancePath:instancePath+"/registrations/" + i0,schemaPath:"#/properties/registrations/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema83.properties.registrations.items.required,parentSchema:schema83.properties.registrations.items,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data2.furigana === undefined){
const err6 = {instancePath:instancePath+"/registrations/" + i0,schemaPath:"#/properties/registrations/items/required",keyword:"required",params:{missingProperty: "furigana"},message:"must have required property '"+"furigana"+"'",schema:schema83.properties.registrations.items.required,parentSchema:schema83.properties.registrations.items,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data2.organisation === undefined){
const err7 = {instancePath:instancePath+"/registrations/" + i0,schemaPath:"#/properties/registrations/items/required",keyword:"required",params:{missingProperty: "organisation"},message:"must have required property '"+"organisation"+"'",schema:schema83.properties.registrations.items.required,parentSchema:schema83.properties.registrations.items,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data2.kind === undefined){
const err8 = {instancePath:instancePath+"/registrations/" + i0,schemaPath:"#/properties/registrations/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema83.properties.registrations.items.required,parentSchema:schema83.properties.registrations.items,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key1 in data2){
if(!((((((((key1 === "session") || (key1 === "name")) || (key1 === "furigana")) || (key1 === "organisation")) || (key1 === "kind")) || (key1 === "title")) || (key1 === "tel")) || (key1 === "email"))){
const err9 = {instancePath:instancePath+"/registrations/" + i0,schemaPath:"#/properties/registrations/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema83.properties.registrations.items,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data2.session !== undefined){
let data3 = data2.session;
if(typeof data3 === "string"){
if(!pattern34.test(data3)){
const err10 = {instancePath:instancePath+"/registrations/" + i0+"/session",schemaPath:"common.schema.json#/$defs/groupId/pattern",keyword:"pattern",params:{pattern: "^[A-Z]$"},message:"must match pattern \""+"^[A-Z]$"+"\"",schema:"^[A-Z]$",parentSchema:schema62,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/registrations/" + i0+"/session",schemaPath:"common.schema.json#/$defs/groupId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.type,parentSchema:schema62,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data2.name !== undefined){
let data4 = data2.name;
if(typeof data4 === "string"){
if(func2(data4) > 100){
const err12 = {instancePath:instancePath+"/registrations/" + i0+"/name",schemaPath:"common.schema.json#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema47,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(func2(data4) < 1){
const err13 = {instancePath:instancePath+"/registrations/" + i0+"/name",schemaPath:"common.schema.json#/$defs/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!pattern18.test(data4)){
const err14 = {instancePath:instancePath+"/registrations/" + i0+"/name",schemaPath:"common.schema.json#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F/\\\\]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F/\\\\]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F/\\\\]*$",parentSchema:schema47,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/registrations/" + i0+"/name",schemaPath:"common.schema.json#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.type,parentSchema:schema47,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(typeof data4 === "string"){
if(func2(data4) > 60){
const err16 = {instancePath:instancePath+"/registrations/" + i0+"/name",schemaPath:"#/properties/registrations/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 60},message:"must NOT have more than 60 characters",schema:60,parentSchema:schema83.properties.registrations.items.properties.name,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/registrations/" + i0+"/name",schemaPath:"#/properties/registrations/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.properties.registrations.items.properties.name.type,parentSchema:schema83.properties.registrations.items.properties.name,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data2.furigana !== undefined){
let data5 = data2.furigana;
if(typeof data5 === "string"){
if(func2(data5) > 60){
const err18 = {instancePath:instancePath+"/registrations/" + i0+"/furigana",schemaPath:"#/properties/registrations/items/properties/furigana/maxLength",keyword:"maxLength",params:{limit: 60},message:"must NOT have more than 60 characters",schema:60,parentSchema:schema83.properties.registrations.items.properties.furigana,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(func2(data5) < 1){
const err19 = {instancePath:instancePath+"/registrations/" + i0+"/furigana",schemaPath:"#/properties/registrations/items/properties/furigana/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema83.properties.registrations.items.properties.furigana,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!pattern59.test(data5)){
const err20 = {instancePath:instancePath+"/registrations/" + i0+"/furigana",schemaPath:"#/properties/registrations/items/properties/furigana/pattern",keyword:"pattern",params:{pattern: "^[\\u3041-\\u3096\\u309D\\u309E\\u30FC\\u3000 ]+$"},message:"must match pattern \""+"^[\\u3041-\\u3096\\u309D\\u309E\\u30FC\\u3000 ]+$"+"\"",schema:"^[\\u3041-\\u3096\\u309D\\u309E\\u30FC\\u3000 ]+$",parentSchema:schema83.properties.registrations.items.properties.furigana,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/registrations/" + i0+"/furigana",schemaPath:"#/properties/registrations/items/properties/furigana/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.properties.registrations.items.properties.furigana.type,parentSchema:schema83.properties.registrations.items.properties.furigana,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data2.organisation !== undefined){
let data6 = data2.organisation;
if(typeof data6 === "string"){
if(func2(data6) > 200){
const err22 = {instancePath:instancePath+"/registrations/" + i0+"/organisation",schemaPath:"common.schema.json#/$defs/shortText/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema34,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(func2(data6) < 1){
const err23 = {instancePath:instancePath+"/registrations/" + i0+"/organisation",schemaPath:"common.schema.json#/$defs/shortText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(!pattern5.test(data6)){
const err24 = {instancePath:instancePath+"/registrations/" + i0+"/organisation",schemaPath:"common.schema.json#/$defs/shortText/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F]*$",parentSchema:schema34,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/registrations/" + i0+"/organisation",schemaPath:"common.schema.json#/$defs/shortText/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data6};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(typeof data6 === "string"){
if(func2(data6) > 100){
const err26 = {instancePath:instancePath+"/registrations/" + i0+"/organisation",schemaPath:"#/properties/registrations/items/properties/organisation/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema83.properties.registrations.items.properties.organisation,data:data6};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/registrations/" + i0+"/organisation",schemaPath:"#/properties/registrations/items/properties/organisation/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.properties.registrations.items.properties.organisation.type,parentSchema:schema83.properties.registrations.items.properties.organisation,data:data6};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data2.kind !== undefined){
let data7 = data2.kind;
if(typeof data7 === "string"){
if(func2(data7) > 100){
const err28 = {instancePath:instancePath+"/registrations/" + i0+"/kind",schemaPath:"common.schema.json#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema47,data:data7};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(func2(data7) < 1){
const err29 = {instancePath:instancePath+"/registrations/" + i0+"/kind",schemaPath:"common.schema.json#/$defs/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47,data:data7};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(!pattern18.test(data7)){
const err30 = {instancePath:instancePath+"/registrations/" + i0+"/kind",schemaPath:"common.schema.json#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F/\\\\]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F/\\\\]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F/\\\\]*$",parentSchema:schema47,data:data7};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/registrations/" + i0+"/kind",schemaPath:"common.schema.json#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.type,parentSchema:schema47,data:data7};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(typeof data7 === "string"){
if(func2(data7) > 20){
const err32 = {instancePath:instancePath+"/registrations/" + i0+"/kind",schemaPath:"#/properties/registrations/items/properties/kind/maxLength",keyword:"maxLength",params:{limit: 20},message:"must NOT have more than 20 characters",schema:20,parentSchema:schema83.properties.registrations.items.properties.kind,data:data7};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/registrations/" + i0+"/kind",schemaPath:"#/properties/registrations/items/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.properties.registrations.items.properties.kind.type,parentSchema:schema83.properties.registrations.items.properties.kind,data:data7};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data2.title !== undefined){
let data8 = data2.title;
if(typeof data8 === "string"){
if(func2(data8) > 200){
const err34 = {instancePath:instancePath+"/registrations/" + i0+"/title",schemaPath:"common.schema.json#/$defs/shortText/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema34,data:data8};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(func2(data8) < 1){
const err35 = {instancePath:instancePath+"/registrations/" + i0+"/title",schemaPath:"common.schema.json#/$defs/shortText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34,data:data8};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(!pattern5.test(data8)){
const err36 = {instancePath:instancePath+"/registrations/" + i0+"/title",schemaPath:"common.schema.json#/$defs/shortText/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F]*$",parentSchema:schema34,data:data8};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/registrations/" + i0+"/title",schemaPath:"common.schema.json#/$defs/shortText/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data8};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(typeof data8 === "string"){
if(func2(data8) > 60){
const err38 = {instancePath:instancePath+"/registrations/" + i0+"/title",schemaPath:"#/properties/registrations/items/properties/title/maxLength",keyword:"maxLength",params:{limit: 60},message:"must NOT have more than 60 characters",schema:60,parentSchema:schema83.properties.registrations.items.properties.title,data:data8};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/registrations/" + i0+"/title",schemaPath:"#/properties/registrations/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.properties.registrations.items.properties.title.type,parentSchema:schema83.properties.registrations.items.properties.title,data:data8};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data2.tel !== undefined){
let data9 = data2.tel;
if(typeof data9 === "string"){
if(!pattern31.test(data9)){
const err40 = {instancePath:instancePath+"/registrations/" + i0+"/tel",schemaPath:"common.schema.json#/$defs/tel/pattern",keyword:"pattern",params:{pattern: "^0[0-9]{1,4}-[0-9]{1,4}-[0-9]{3,4}$"},message:"must match pattern \""+"^0[0-9]{1,4}-[0-9]{1,4}-[0-9]{3,4}$"+"\"",schema:"^0[0-9]{1,4}-[0-9]{1,4}-[0-9]{3,4}$",parentSchema:schema59,data:data9};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/registrations/" + i0+"/tel",schemaPath:"common.schema.json#/$defs/tel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.type,parentSchema:schema59,data:data9};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data2.email !== undefined){
let data10 = data2.email;
if(typeof data10 === "string"){
if(func2(data10) > 254){
const err42 = {instancePath:instancePath+"/registrations/" + i0+"/email",schemaPath:"#/properties/registrations/items/properties/email/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters",schema:254,parentSchema:schema83.properties.registrations.items.properties.email,data:data10};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(!(formats2.test(data10))){
const err43 = {instancePath:instancePath+"/registrations/" + i0+"/email",schemaPath:"#/properties/registrations/items/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema83.properties.registrations.items.properties.email,data:data10};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/registrations/" + i0+"/email",schemaPath:"#/properties/registrations/items/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.properties.registrations.items.properties.email.type,parentSchema:schema83.properties.registrations.items.properties.email,data:data10};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/registrations/" + i0,schemaPath:"#/properties/registrations/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema83.properties.registrations.items.type,parentSchema:schema83.properties.registrations.items,data:data2};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath:instancePath+"/registrations",schemaPath:"#/properties/registrations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema83.properties.registrations.type,parentSchema:schema83.properties.registrations,data:data1};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema83.type,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports["recipients.schema.json"] = validate27;
const schema90 = {"$schema":"https://json-schema.org/draft/2020-12/schema","title":"送付先（recipients.json）","description":"できあがった資料をメールで送る相手（なくてもかまいません）：各開催自治体の担当課（自治体向け資料と報道発表資料）、記者クラブ（報道発表資料）、CC（写し）と差出人。送付のときだけ使い、資料の中身は変わりません。","type":"object","additionalProperties":false,"required":["sender","pressClub","municipalities"],"$defs":{"addresses":{"title":"メールアドレス","description":"宛先のメールアドレス。複数書けます（記載順）。","type":"array","minItems":1,"maxItems":20,"uniqueItems":true,"items":{"type":"string","format":"email","maxLength":254,"title":"メールアドレス","examples":["kanko@city.example.jp"]}},"person":{"$ref":"common.schema.json#/$defs/name","type":"string","maxLength":60,"title":"担当者","description":"任意。宛名に「○○様」と書きます（省略すると「ご担当者様」）。"}},"properties":{"$schema":{"type":"string","description":"このファイルのスキーマ（エディタの入力補助用）。"},"sender":{"title":"差出人","description":"メールの送信元。","type":"object","additionalProperties":false,"required":["address"],"properties":{"address":{"type":"string","format":"email","maxLength":254,"title":"差出人のメールアドレス","examples":["jet-furusato@clair.example.jp"]},"name":{"$ref":"common.schema.json#/$defs/shortText","type":"string","maxLength":100,"title":"差出人の表示名","description":"任意。省略すると「主催者」の名称と担当部署（例：自治体国際化協会 ＪＥＴプログラム事業部調整課）。"}}},"cc":{"title":"CC（写し）","description":"どのメールにも写しを送るアドレス。省略すると「主催者」の問い合わせ先のメール（あれば）。写しを送らないときは空の一覧にします。","type":"array","maxItems":20,"uniqueItems":true,"items":{"type":"string","format":"email","maxLength":254,"title":"メールアドレス"}},"pressClub":{"title":"記者クラブ","description":"報道発表資料を送る記者クラブ（幹事社など）。","type":"object","additionalProperties":false,"required":["organisation","addresses"],"properties":{"organisation":{"$ref":"common.schema.json#/$defs/name","title":"宛先の名称","description":"例：総務省記者クラブ"},"department":{"$ref":"common.schema.json#/$defs/shortText","type":"string","maxLength":100,"title":"部署・幹事社","description":"任意。例：幹事社"},"person":{"$ref":"#/$defs/person"},"addresses":{"$ref":"#/$defs/addresses"}}},"municipalities":{"title":"開催自治体","description":"自治体ごとの送付先。自治体向け資料と報道発表資料を送ります。「プロジェクト」の開催自治体ごとに1件。","type":"array","maxItems":2000,"items":{"type":"object","additionalProperties":false,"required":["municipality","department","addresses"],"properties":{"municipality":{"$ref":"common.schema.json#/$defs/name","title":"自治体","description":"都道府県から書いた自治体名（自治体向け資料のファイル名と同じ。例：島根県浜田市、大分県）。"},"department":{"$ref":"common.schema.json#/$defs/shortText","type":"string","maxLength":100,"title":"担当課","description":"例：産業経済部観光交流課"},"person":{"$ref":"#/$defs/person"},"addresses":{"$ref":"#/$defs/addresses"}}}}}};
const schema96 = {"title":"メールアドレス","description":"宛先のメールアドレス。複数書けます（記載順）。","type":"array","minItems":1,"maxItems":20,"uniqueItems":true,"items":{"type":"string","format":"email","maxLength":254,"title":"メールアドレス","examples":["kanko@city.example.jp"]}};
const schema94 = {"$ref":"common.schema.json#/$defs/name","type":"string","maxLength":60,"title":"担当者","description":"任意。宛名に「○○様」と書きます（省略すると「ご担当者様」）。"};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(func2(data) > 100){
const err0 = {instancePath,schemaPath:"common.schema.json#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(func2(data) < 1){
const err1 = {instancePath,schemaPath:"common.schema.json#/$defs/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!pattern18.test(data)){
const err2 = {instancePath,schemaPath:"common.schema.json#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F/\\\\]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F/\\\\]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F/\\\\]*$",parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath,schemaPath:"common.schema.json#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.type,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(typeof data === "string"){
if(func2(data) > 60){
const err4 = {instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 60},message:"must NOT have more than 60 characters",schema:60,parentSchema:schema94,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema94.type,parentSchema:schema94,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.sender === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sender"},message:"must have required property '"+"sender"+"'",schema:schema90.required,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.pressClub === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "pressClub"},message:"must have required property '"+"pressClub"+"'",schema:schema90.required,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.municipalities === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "municipalities"},message:"must have required property '"+"municipalities"+"'",schema:schema90.required,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "$schema") || (key0 === "sender")) || (key0 === "cc")) || (key0 === "pressClub")) || (key0 === "municipalities"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err4 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema90.properties.$schema.type,parentSchema:schema90.properties.$schema,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.sender !== undefined){
let data1 = data.sender;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.address === undefined){
const err5 = {instancePath:instancePath+"/sender",schemaPath:"#/properties/sender/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'",schema:schema90.properties.sender.required,parentSchema:schema90.properties.sender,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key1 in data1){
if(!((key1 === "address") || (key1 === "name"))){
const err6 = {instancePath:instancePath+"/sender",schemaPath:"#/properties/sender/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema90.properties.sender,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.address !== undefined){
let data2 = data1.address;
if(typeof data2 === "string"){
if(func2(data2) > 254){
const err7 = {instancePath:instancePath+"/sender/address",schemaPath:"#/properties/sender/properties/address/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters",schema:254,parentSchema:schema90.properties.sender.properties.address,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!(formats2.test(data2))){
const err8 = {instancePath:instancePath+"/sender/address",schemaPath:"#/properties/sender/properties/address/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema90.properties.sender.properties.address,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/sender/address",schemaPath:"#/properties/sender/properties/address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema90.properties.sender.properties.address.type,parentSchema:schema90.properties.sender.properties.address,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1.name !== undefined){
let data3 = data1.name;
if(typeof data3 === "string"){
if(func2(data3) > 200){
const err10 = {instancePath:instancePath+"/sender/name",schemaPath:"common.schema.json#/$defs/shortText/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema34,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func2(data3) < 1){
const err11 = {instancePath:instancePath+"/sender/name",schemaPath:"common.schema.json#/$defs/shortText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern5.test(data3)){
const err12 = {instancePath:instancePath+"/sender/name",schemaPath:"common.schema.json#/$defs/shortText/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F]*$",parentSchema:schema34,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/sender/name",schemaPath:"common.schema.json#/$defs/shortText/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(typeof data3 === "string"){
if(func2(data3) > 100){
const err14 = {instancePath:instancePath+"/sender/name",schemaPath:"#/properties/sender/properties/name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema90.properties.sender.properties.name,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/sender/name",schemaPath:"#/properties/sender/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema90.properties.sender.properties.name.type,parentSchema:schema90.properties.sender.properties.name,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/sender",schemaPath:"#/properties/sender/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema90.properties.sender.type,parentSchema:schema90.properties.sender,data:data1};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.cc !== undefined){
let data4 = data.cc;
if(Array.isArray(data4)){
if(data4.length > 20){
const err17 = {instancePath:instancePath+"/cc",schemaPath:"#/properties/cc/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items",schema:20,parentSchema:schema90.properties.cc,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(typeof data5 === "string"){
if(func2(data5) > 254){
const err18 = {instancePath:instancePath+"/cc/" + i0,schemaPath:"#/properties/cc/items/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters",schema:254,parentSchema:schema90.properties.cc.items,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!(formats2.test(data5))){
const err19 = {instancePath:instancePath+"/cc/" + i0,schemaPath:"#/properties/cc/items/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema90.properties.cc.items,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/cc/" + i0,schemaPath:"#/properties/cc/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema90.properties.cc.items.type,parentSchema:schema90.properties.cc.items,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
let i1 = data4.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data4[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err21 = {instancePath:instancePath+"/cc",schemaPath:"#/properties/cc/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema90.properties.cc,data:data4};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err22 = {instancePath:instancePath+"/cc",schemaPath:"#/properties/cc/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema90.properties.cc.type,parentSchema:schema90.properties.cc,data:data4};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.pressClub !== undefined){
let data6 = data.pressClub;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.organisation === undefined){
const err23 = {instancePath:instancePath+"/pressClub",schemaPath:"#/properties/pressClub/required",keyword:"required",params:{missingProperty: "organisation"},message:"must have required property '"+"organisation"+"'",schema:schema90.properties.pressClub.required,parentSchema:schema90.properties.pressClub,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data6.addresses === undefined){
const err24 = {instancePath:instancePath+"/pressClub",schemaPath:"#/properties/pressClub/required",keyword:"required",params:{missingProperty: "addresses"},message:"must have required property '"+"addresses"+"'",schema:schema90.properties.pressClub.required,parentSchema:schema90.properties.pressClub,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
for(const key2 in data6){
if(!((((key2 === "organisation") || (key2 === "department")) || (key2 === "person")) || (key2 === "addresses"))){
const err25 = {instancePath:instancePath+"/pressClub",schemaPath:"#/properties/pressClub/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema90.properties.pressClub,data:data6};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data6.organisation !== undefined){
let data7 = data6.organisation;
if(typeof data7 === "string"){
if(func2(data7) > 100){
const err26 = {instancePath:instancePath+"/pressClub/organisation",schemaPath:"common.schema.json#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema47,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(func2(data7) < 1){
const err27 = {instancePath:instancePath+"/pressClub/organisation",schemaPath:"common.schema.json#/$defs/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47,data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!pattern18.test(data7)){
const err28 = {instancePath:instancePath+"/pressClub/organisation",schemaPath:"common.schema.json#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F/\\\\]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F/\\\\]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F/\\\\]*$",parentSchema:schema47,data:data7};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/pressClub/organisation",schemaPath:"common.schema.json#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.type,parentSchema:schema47,data:data7};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data6.department !== undefined){
let data8 = data6.department;
if(typeof data8 === "string"){
if(func2(data8) > 200){
const err30 = {instancePath:instancePath+"/pressClub/department",schemaPath:"common.schema.json#/$defs/shortText/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema34,data:data8};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(func2(data8) < 1){
const err31 = {instancePath:instancePath+"/pressClub/department",schemaPath:"common.schema.json#/$defs/shortText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34,data:data8};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(!pattern5.test(data8)){
const err32 = {instancePath:instancePath+"/pressClub/department",schemaPath:"common.schema.json#/$defs/shortText/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F]*$",parentSchema:schema34,data:data8};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/pressClub/department",schemaPath:"common.schema.json#/$defs/shortText/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data8};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(typeof data8 === "string"){
if(func2(data8) > 100){
const err34 = {instancePath:instancePath+"/pressClub/department",schemaPath:"#/properties/pressClub/properties/department/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema90.properties.pressClub.properties.department,data:data8};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/pressClub/department",schemaPath:"#/properties/pressClub/properties/department/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema90.properties.pressClub.properties.department.type,parentSchema:schema90.properties.pressClub.properties.department,data:data8};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data6.person !== undefined){
if(!(validate28(data6.person, {instancePath:instancePath+"/pressClub/person",parentData:data6,parentDataProperty:"person",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
if(data6.addresses !== undefined){
let data10 = data6.addresses;
if(Array.isArray(data10)){
if(data10.length > 20){
const err36 = {instancePath:instancePath+"/pressClub/addresses",schemaPath:"#/$defs/addresses/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items",schema:20,parentSchema:schema96,data:data10};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data10.length < 1){
const err37 = {instancePath:instancePath+"/pressClub/addresses",schemaPath:"#/$defs/addresses/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema96,data:data10};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
const len1 = data10.length;
for(let i2=0; i2<len1; i2++){
let data11 = data10[i2];
if(typeof data11 === "string"){
if(func2(data11) > 254){
const err38 = {instancePath:instancePath+"/pressClub/addresses/" + i2,schemaPath:"#/$defs/addresses/items/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters",schema:254,parentSchema:schema96.items,data:data11};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(!(formats2.test(data11))){
const err39 = {instancePath:instancePath+"/pressClub/addresses/" + i2,schemaPath:"#/$defs/addresses/items/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema96.items,data:data11};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/pressClub/addresses/" + i2,schemaPath:"#/$defs/addresses/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema96.items.type,parentSchema:schema96.items,data:data11};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
let i3 = data10.length;
let j1;
if(i3 > 1){
const indices1 = {};
for(;i3--;){
let item1 = data10[i3];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err41 = {instancePath:instancePath+"/pressClub/addresses",schemaPath:"#/$defs/addresses/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema96,data:data10};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
break;
}
indices1[item1] = i3;
}
}
}
else {
const err42 = {instancePath:instancePath+"/pressClub/addresses",schemaPath:"#/$defs/addresses/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema96.type,parentSchema:schema96,data:data10};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath:instancePath+"/pressClub",schemaPath:"#/properties/pressClub/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema90.properties.pressClub.type,parentSchema:schema90.properties.pressClub,data:data6};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.municipalities !== undefined){
let data12 = data.municipalities;
if(Array.isArray(data12)){
if(data12.length > 2000){
const err44 = {instancePath:instancePath+"/municipalities",schemaPath:"#/properties/municipalities/maxItems",keyword:"maxItems",params:{limit: 2000},message:"must NOT have more than 2000 items",schema:2000,parentSchema:schema90.properties.municipalities,data:data12};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
const len2 = data12.length;
for(let i4=0; i4<len2; i4++){
let data13 = data12[i4];
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.municipality === undefined){
const err45 = {instancePath:instancePath+"/municipalities/" + i4,schemaPath:"#/properties/municipalities/items/required",keyword:"required",params:{missingProperty: "municipality"},message:"must have required property '"+"municipality"+"'",schema:schema90.properties.municipalities.items.required,parentSchema:schema90.properties.municipalities.items,data:data13};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data13.department === undefined){
const err46 = {instancePath:instancePath+"/municipalities/" + i4,schemaPath:"#/properties/municipalities/items/required",keyword:"required",params:{missingProperty: "department"},message:"must have required property '"+"department"+"'",schema:schema90.properties.municipalities.items.required,parentSchema:schema90.properties.municipalities.items,data:data13};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(data13.addresses === undefined){
const err47 = {instancePath:instancePath+"/municipalities/" + i4,schemaPath:"#/properties/municipalities/items/required",keyword:"required",params:{missingProperty: "addresses"},message:"must have required property '"+"addresses"+"'",schema:schema90.properties.municipalities.items.required,parentSchema:schema90.properties.municipalities.items,data:data13};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
for(const key3 in data13){
if(!((((key3 === "municipality") || (key3 === "department")) || (key3 === "person")) || (key3 === "addresses"))){
const err48 = {instancePath:instancePath+"/municipalities/" + i4,schemaPath:"#/properties/municipalities/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema90.properties.municipalities.items,data:data13};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data13.municipality !== undefined){
let data14 = data13.municipality;
if(typeof data14 === "string"){
if(func2(data14) > 100){
const err49 = {instancePath:instancePath+"/municipalities/" + i4+"/municipality",schemaPath:"common.schema.json#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema47,data:data14};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(func2(data14) < 1){
const err50 = {instancePath:instancePath+"/municipalities/" + i4+"/municipality",schemaPath:"common.schema.json#/$defs/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47,data:data14};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(!pattern18.test(data14)){
const err51 = {instancePath:instancePath+"/municipalities/" + i4+"/municipality",schemaPath:"common.schema.json#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F/\\\\]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F/\\\\]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F/\\\\]*$",parentSchema:schema47,data:data14};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/municipalities/" + i4+"/municipality",schemaPath:"common.schema.json#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.type,parentSchema:schema47,data:data14};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data13.department !== undefined){
let data15 = data13.department;
if(typeof data15 === "string"){
if(func2(data15) > 200){
const err53 = {instancePath:instancePath+"/municipalities/" + i4+"/department",schemaPath:"common.schema.json#/$defs/shortText/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema34,data:data15};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(func2(data15) < 1){
const err54 = {instancePath:instancePath+"/municipalities/" + i4+"/department",schemaPath:"common.schema.json#/$defs/shortText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34,data:data15};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(!pattern5.test(data15)){
const err55 = {instancePath:instancePath+"/municipalities/" + i4+"/department",schemaPath:"common.schema.json#/$defs/shortText/pattern",keyword:"pattern",params:{pattern: "^[^\\u0000-\\u001F\\u007F-\\u009F]*$"},message:"must match pattern \""+"^[^\\u0000-\\u001F\\u007F-\\u009F]*$"+"\"",schema:"^[^\\u0000-\\u001F\\u007F-\\u009F]*$",parentSchema:schema34,data:data15};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/municipalities/" + i4+"/department",schemaPath:"common.schema.json#/$defs/shortText/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data15};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(typeof data15 === "string"){
if(func2(data15) > 100){
const err57 = {instancePath:instancePath+"/municipalities/" + i4+"/department",schemaPath:"#/properties/municipalities/items/properties/department/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema90.properties.municipalities.items.properties.department,data:data15};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
else {
const err58 = {instancePath:instancePath+"/municipalities/" + i4+"/department",schemaPath:"#/properties/municipalities/items/properties/department/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema90.properties.municipalities.items.properties.department.type,parentSchema:schema90.properties.municipalities.items.properties.department,data:data15};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data13.person !== undefined){
if(!(validate28(data13.person, {instancePath:instancePath+"/municipalities/" + i4+"/person",parentData:data13,parentDataProperty:"person",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
if(data13.addresses !== undefined){
let data17 = data13.addresses;
if(Array.isArray(data17)){
if(data17.length > 20){
const err59 = {instancePath:instancePath+"/municipalities/" + i4+"/addresses",schemaPath:"#/$defs/addresses/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items",schema:20,parentSchema:schema96,data:data17};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(data17.length < 1){
const err60 = {instancePath:instancePath+"/municipalities/" + i4+"/addresses",schemaPath:"#/$defs/addresses/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema96,data:data17};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
const len3 = data17.length;
for(let i5=0; i5<len3; i5++){
let data18 = data17[i5];
if(typeof data18 === "string"){
if(func2(data18) > 254){
const err61 = {instancePath:instancePath+"/municipalities/" + i4+"/addresses/" + i5,schemaPath:"#/$defs/addresses/items/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters",schema:254,parentSchema:schema96.items,data:data18};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(!(formats2.test(data18))){
const err62 = {instancePath:instancePath+"/municipalities/" + i4+"/addresses/" + i5,schemaPath:"#/$defs/addresses/items/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema96.items,data:data18};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
else {
const err63 = {instancePath:instancePath+"/municipalities/" + i4+"/addresses/" + i5,schemaPath:"#/$defs/addresses/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema96.items.type,parentSchema:schema96.items,data:data18};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
let i6 = data17.length;
let j2;
if(i6 > 1){
const indices2 = {};
for(;i6--;){
let item2 = data17[i6];
if(typeof item2 !== "string"){
continue;
}
if(typeof indices2[item2] == "number"){
j2 = indices2[item2];
const err64 = {instancePath:instancePath+"/municipalities/" + i4+"/addresses",schemaPath:"#/$defs/addresses/uniqueItems",keyword:"uniqueItems",params:{i: i6, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i6+" are identical)",schema:true,parentSchema:schema96,data:data17};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
break;
}
indices2[item2] = i6;
}
}
}
else {
const err65 = {instancePath:instancePath+"/municipalities/" + i4+"/addresses",schemaPath:"#/$defs/addresses/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema96.type,parentSchema:schema96,data:data17};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath:instancePath+"/municipalities/" + i4,schemaPath:"#/properties/municipalities/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema90.properties.municipalities.items.type,parentSchema:schema90.properties.municipalities.items,data:data13};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
else {
const err67 = {instancePath:instancePath+"/municipalities",schemaPath:"#/properties/municipalities/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema90.properties.municipalities.type,parentSchema:schema90.properties.municipalities,data:data12};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
}
else {
const err68 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema90.type,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

