resource "aws_s3_bucket" "r13_0" {
  name = "${local.name}-13-0"
  tags = merge(local.tags, { part = "13" })
  description = "generated resource 34325 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r13_1" {
  name = "${local.name}-13-1"
  tags = merge(local.tags, { part = "13" })
  description = "generated resource 13371 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r13_2" {
  name = "${local.name}-13-2"
  tags = merge(local.tags, { part = "13" })
  description = "generated resource 36969 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_cloudwatch_log_group" "r13_3" {
  name = "${local.name}-13-3"
  tags = merge(local.tags, { part = "13" })
  description = "generated resource 66666 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r13_4" {
  name = "${local.name}-13-4"
  tags = merge(local.tags, { part = "13" })
  description = "generated resource 35211 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r13_5" {
  name = "${local.name}-13-5"
  tags = merge(local.tags, { part = "13" })
  description = "generated resource 27677 for benchmarks; mentions 0.0.0.0/0 only in text"
}

