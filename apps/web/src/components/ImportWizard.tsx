import { CheckCircleOutlined, DownloadOutlined, InboxOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Modal, Result, Space, Steps, Table, Typography, Upload, message } from 'antd';
import { useState, type ReactNode } from 'react';
import { api, download, isApiError } from '../lib/api';
import { showServerErrors } from '../lib/form-errors';
import { t } from '../lib/i18n';

export interface ImportError { row: number; column: string; message: string }
export interface ImportReport<C = unknown> {
  dryRun: boolean;
  committed: boolean;
  totalRows: number;
  validRows: number;
  errors: ImportError[];
  created: C[];
}

/** What a check step may show above the problem list, and how it asks for another check. */
export interface ImportCheckContext<R> {
  report: R;
  busy: boolean;
  /** Runs the check again with these extra form fields (e.g. a column mapping); the commit sends them too. */
  recheck: (fields: Record<string, string>) => void;
}

interface Props<C, R extends ImportReport<C>> {
  /** e.g. "/rooms": template at …/import/template.xlsx, upload to …/import. */
  basePath: string;
  /** What is imported, in Chinese: "房间". */
  what: string;
  onImported: (report: R) => void;
  /** Extra content after a successful import (e.g. the initial passwords of imported users). */
  renderDone?: (report: R) => ReactNode;
  /** Optional check-step content above the problems (the asset ledger's column mapping and row summary). */
  renderCheck?: (ctx: ImportCheckContext<R>) => ReactNode;
  /** The server accepts `onError=skip`: offer to import the good rows and skip the rest. */
  allowSkip?: boolean;
  /** The commit button's text; default 「确认导入 N 行」. */
  commitLabel?: (report: R, skip: boolean) => string;
  width?: number;
}

/** Server errors after a commit come as fields "第3行「名称」"; show them in the same table. */
function errorsFromApi(err: unknown): ImportError[] | null {
  if (!isApiError(err) || !err.body.fields?.length || err.body.code !== 'IMPORT_INVALID') return null;
  return err.body.fields.map((f) => {
    const m = /^第(\d+)行「(.*)」$/.exec(f.field);
    return { row: m ? Number(m[1]) : 0, column: m?.[2] ?? f.field, message: f.message };
  });
}

/** Template → upload → dry run listing every row/column problem → 确认导入. Nothing is written before the last step. */
export function ImportWizard<C, R extends ImportReport<C> = ImportReport<C>>({
  basePath, what, onImported, renderDone, renderCheck, allowSkip = false, commitLabel, width = 760,
}: Props<C, R>) {
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<R | null>(null);
  const [done, setDone] = useState<R | null>(null);
  const [busy, setBusy] = useState(false);
  const [extra, setExtra] = useState<Record<string, string>>({});
  const [skip, setSkip] = useState(false);

  const reset = () => { setFile(null); setReport(null); setDone(null); setExtra({}); setSkip(false); };
  const send = async (dryRun: boolean, fields: Record<string, string> = extra) => {
    if (!file) return;
    const form = new FormData();
    form.append('dryRun', String(dryRun));
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    if (skip && !dryRun) form.append('onError', 'skip');
    form.append('file', file);
    setBusy(true);
    try {
      const result = await api<R>('POST', `${basePath}/import`, form);
      if (dryRun) setReport(result);
      else {
        setDone(result);
        onImported(result);
        void message.success(`已导入 ${result.created.length} 条${what}`);
      }
    } catch (err) {
      const rows = errorsFromApi(err);
      // A commit refused row by row (the file changed since the check): show the rows in the check step.
      if (rows && report) setReport({ ...report, validRows: 0, errors: rows });
      else showServerErrors(err);
    } finally {
      setBusy(false);
    }
  };

  const step = done ? 2 : report ? 1 : 0;
  const canCommit = report !== null && report.validRows > 0 && (report.errors.length === 0 || (allowSkip && skip));
  const recheck = (fields: Record<string, string>) => { setExtra(fields); void send(true, fields); };
  return (
    <>
      <Button icon={<UploadOutlined />} onClick={() => { reset(); setOpen(true); }}>{t('导入')}</Button>
      <Modal
        open={open}
        title={`导入${what}`}
        width={width}
        onCancel={() => setOpen(false)}
        destroyOnHidden
        footer={done ? <Button type="primary" onClick={() => setOpen(false)}>完成</Button> : (
          <Space>
            <Button onClick={() => setOpen(false)}>{t('取消')}</Button>
            {report ? <Button onClick={reset}>重新选择文件</Button> : null}
            {report ? (
              <Button type="primary" disabled={!canCommit} loading={busy} onClick={() => void send(false)}>
                {commitLabel ? commitLabel(report, skip) : `确认导入 ${report.validRows} 行`}
              </Button>
            ) : (
              <Button type="primary" disabled={!file} loading={busy} onClick={() => void send(true)}>检查文件</Button>
            )}
          </Space>
        )}
      >
        <Steps size="small" current={step} style={{ marginBottom: 16 }} items={[{ title: '选择文件' }, { title: '检查结果' }, { title: '完成' }]} />
        {step === 0 ? (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Alert type="info" showIcon message={<>请先下载模板，按模板的列填写后上传。第一步只检查、不写入；确认无误后再点「确认导入」。</>}
              action={<Button size="small" icon={<DownloadOutlined />} onClick={() => void download(`${basePath}/import/template.xlsx`, `${what}导入模板.xlsx`).catch((e: unknown) => showServerErrors(e))}>下载模板</Button>} />
            <Upload.Dragger
              accept=".xlsx"
              maxCount={1}
              beforeUpload={(f) => { setFile(f); return false; }}
              onRemove={() => setFile(null)}
              fileList={file ? [{ uid: '1', name: file.name, status: 'done' }] : []}
            >
              <p className="ant-upload-drag-icon"><InboxOutlined /></p>
              <p className="ant-upload-text">点击或把 Excel 文件（.xlsx，10 MB 以内）拖到这里</p>
            </Upload.Dragger>
          </Space>
        ) : null}
        {step === 1 && report ? (
          <Space direction="vertical" style={{ width: '100%' }}>
            {renderCheck?.({ report, busy, recheck })}
            {report.errors.length === 0 ? (
              <Alert type="success" showIcon message={`共 ${report.totalRows} 行，全部通过检查，可以导入。`} />
            ) : (
              <Alert type="error" showIcon message={`共 ${report.totalRows} 行，发现 ${report.errors.length} 处问题`}
                description={allowSkip
                  ? '请在 Excel 中按下表逐一改正（行号就是 Excel 左侧的行号），保存后重新选择文件；或勾选下面的「跳过有问题的行」，先导入其余的行，改好后再导入同一文件（已导入的行不会重复）。'
                  : '请在 Excel 中按下表逐一改正（行号就是 Excel 左侧的行号），保存后重新选择文件。有错误时不会导入任何一行。'} />
            )}
            {allowSkip && report.errors.length > 0 ? (
              <Checkbox checked={skip} onChange={(e) => setSkip(e.target.checked)}>
                跳过有问题的行，只导入其余 {report.validRows} 行
              </Checkbox>
            ) : null}
            {report.errors.length > 0 ? (
              <Table<ImportError> size="small" rowKey={(e) => `${e.row}-${e.column}-${e.message}`} dataSource={report.errors}
                pagination={{ pageSize: 8, hideOnSinglePage: true }} scroll={{ x: 560 }}
                columns={[
                  { title: '行号', dataIndex: 'row', width: 70 },
                  { title: '列', dataIndex: 'column', width: 140 },
                  { title: '问题', dataIndex: 'message' },
                ]} />
            ) : null}
          </Space>
        ) : null}
        {step === 2 && done ? (
          <>
            <Result status="success" icon={<CheckCircleOutlined />} title={`已导入 ${done.created.length} 条${what}`} />
            {renderDone?.(done)}
          </>
        ) : null}
        {step === 0 ? <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>同一文件可以反复检查，直到没有错误。</Typography.Paragraph> : null}
      </Modal>
    </>
  );
}
