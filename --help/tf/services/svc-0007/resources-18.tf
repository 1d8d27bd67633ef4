resource "aws_sqs_queue" "r18_0" {
  name = "${local.name}-18-0"
  tags = merge(local.tags, { part = "18" })
  description = "generated resource 6455 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r18_1" {
  name = "${local.name}-18-1"
  tags = merge(local.tags, { part = "18" })
  description = "generated resource 36690 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r18_2" {
  name = "${local.name}-18-2"
  tags = merge(local.tags, { part = "18" })
  description = "generated resource 12564 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r18_3" {
  name = "${local.name}-18-3"
  tags = merge(local.tags, { part = "18" })
  description = "generated resource 36783 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r18_4" {
  name = "${local.name}-18-4"
  tags = merge(local.tags, { part = "18" })
  description = "generated resource 59090 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r18_5" {
  name = "${local.name}-18-5"
  tags = merge(local.tags, { part = "18" })
  description = "generated resource 60660 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r18_6" {
  name = "${local.name}-18-6"
  tags = merge(local.tags, { part = "18" })
  description = "generated resource 99919 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r18_7" {
  name = "${local.name}-18-7"
  tags = merge(local.tags, { part = "18" })
  description = "generated resource 61786 for benchmarks; mentions 0.0.0.0/0 only in text"
}

