import { PlusOutlined } from '@ant-design/icons';
import { ProFormDatePicker, ProFormDateRangePicker, ProFormText } from '@ant-design/pro-components';
import { Button, Card, Empty, Popconfirm, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { FormModal } from '../../components/FormModal';
import { freshCopy } from '../../lib/fresh';
import { t } from '../../lib/i18n';
import { type SchoolYear, type Term, useCalendarWrites } from './calendar-api';

interface YearValues extends Record<string, unknown> { name: string; range: [string, string] }
interface TermValues extends Record<string, unknown> { name: string; range: [string, string]; week1Start?: string }
const fmt = (d: unknown) => dayjs(d as string).format('YYYY-MM-DD');

type YearEdit = null | 'new' | SchoolYear;
type TermEdit = null | { year: SchoolYear; term: Term | null };

/** 学年 and their 学期: dates, and the Monday that starts teaching week 1. */
export function SchoolYearsPanel({ years, abilities }: { years: SchoolYear[]; abilities: { create: boolean; update: boolean; delete: boolean } }) {
  const w = useCalendarWrites();
  const [yearEdit, setYearEdit] = useState<YearEdit>(null);
  const [termEdit, setTermEdit] = useState<TermEdit>(null);
  const y = freshCopy(yearEdit && yearEdit !== 'new' ? yearEdit : null, years);
  const term = freshCopy(termEdit?.term ?? null, years.flatMap((sy) => sy.terms));

  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        {abilities.create ? <Button type="primary" icon={<PlusOutlined />} onClick={() => setYearEdit('new')}>新建学年</Button> : null}
        <Typography.Text type="secondary">学年一般从 9 月 1 日到次年 8 月 31 日，分两个学期。</Typography.Text>
      </Space>
      {years.length === 0 ? <Empty description="还没有学年。点“新建学年”，再在学年下添加上、下学期和第一教学周。" /> : null}
      {years.map((year) => (
        <Card key={year.id} size="small" style={{ marginBottom: 12 }}
          title={<Space wrap>{year.name}<Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>{year.startDate} 至 {year.endDate}</Typography.Text></Space>}
          extra={
            <Space size={0} wrap>
              {abilities.create ? <Button type="link" size="small" onClick={() => setTermEdit({ year, term: null })}>添加学期</Button> : null}
              {abilities.update ? <Button type="link" size="small" onClick={() => setYearEdit(year)}>{t('编辑')}</Button> : null}
              {abilities.delete ? (
                <Popconfirm title={`删除学年「${year.name}」？`} description="须先删除其下的学期。" okText={t('删除')} cancelText={t('取消')} okButtonProps={{ danger: true }}
                  onConfirm={() => w.deleteYear.mutate(year)}>
                  <Button type="link" size="small" danger>{t('删除')}</Button>
                </Popconfirm>
              ) : null}
            </Space>
          }>
          <Table<Term>
            size="small" rowKey="id" pagination={false} dataSource={year.terms} scroll={{ x: 520 }}
            locale={{ emptyText: '还没有学期' }}
            columns={[
              { title: '学期', dataIndex: 'name' },
              { title: '起止', key: 'range', render: (_, tm) => `${tm.startDate} 至 ${tm.endDate}` },
              { title: '第一周周一', dataIndex: 'week1Start', width: 120 },
              {
                title: t('操作'), key: 'op', width: 120,
                render: (_, tm) => (
                  <Space size={0}>
                    {abilities.update ? <Button type="link" size="small" onClick={() => setTermEdit({ year, term: tm })}>{t('编辑')}</Button> : null}
                    {abilities.delete ? (
                      <Popconfirm title={`删除学期「${tm.name}」？`} okText={t('删除')} cancelText={t('取消')} okButtonProps={{ danger: true }} onConfirm={() => w.deleteTerm.mutate(tm)}>
                        <Button type="link" size="small" danger>{t('删除')}</Button>
                      </Popconfirm>
                    ) : null}
                  </Space>
                ),
              },
            ]}
          />
        </Card>
      ))}
      <FormModal<YearValues>
        title={y ? `编辑学年：${y.name}` : '新建学年'}
        open={yearEdit !== null}
        formKey={y ? `y${y.id}v${y.version}` : 'new'}
        onClose={() => setYearEdit(null)}
        initialValues={y ? { name: y.name, range: [y.startDate, y.endDate] } : { name: `${dayjs().year()}-${dayjs().year() + 1}学年`, range: [`${dayjs().year()}-09-01`, `${dayjs().year() + 1}-08-31`] }}
        onSubmit={(v, form) => {
          const body = { name: v.name.trim(), startDate: fmt(v.range[0]), endDate: fmt(v.range[1]) };
          return y ? w.updateYear.submit({ id: y.id, body: { version: y.version, ...body } }, form) : w.createYear.submit(body, form);
        }}
      >
        <ProFormText name="name" label="学年名称" rules={[{ required: true, message: '请填写学年名称' }]} fieldProps={{ maxLength: 40 }} />
        <ProFormDateRangePicker name="range" label="起止日期" rules={[{ required: true, message: '请选择起止日期' }]} />
      </FormModal>
      <FormModal<TermValues>
        title={term ? `编辑学期：${term.name}` : `在 ${termEdit?.year.name ?? ''} 添加学期`}
        open={termEdit !== null}
        formKey={term ? `t${term.id}v${term.version}` : `new${termEdit?.year.id ?? ''}`}
        onClose={() => setTermEdit(null)}
        initialValues={term ? { name: term.name, range: [term.startDate, term.endDate], week1Start: term.week1Start } : { name: termEdit?.year.terms.length ? '第二学期' : '第一学期' }}
        onSubmit={(v, form) => {
          const body = { name: v.name.trim(), startDate: fmt(v.range[0]), endDate: fmt(v.range[1]), ...(v.week1Start ? { week1Start: fmt(v.week1Start) } : {}) };
          return term ? w.updateTerm.submit({ id: term.id, body: { version: term.version, ...body } }, form)
            : w.createTerm.submit({ schoolYearId: termEdit!.year.id, ...body }, form);
        }}
      >
        <ProFormText name="name" label="学期名称" rules={[{ required: true, message: '请填写学期名称' }]} fieldProps={{ maxLength: 40 }} />
        <ProFormDateRangePicker name="range" label="起止日期" rules={[{ required: true, message: '请选择起止日期' }]} />
        <ProFormDatePicker name="week1Start" label="第一教学周的周一" tooltip="不填则取开学日所在周的周一" />
      </FormModal>
    </>
  );
}
