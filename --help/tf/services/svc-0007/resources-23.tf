resource "aws_s3_bucket" "r23_0" {
  name = "${local.name}-23-0"
  tags = merge(local.tags, { part = "23" })
  description = "generated resource 98259 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r23_1" {
  name = "${local.name}-23-1"
  tags = merge(local.tags, { part = "23" })
  description = "generated resource 95158 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r23_2" {
  name = "${local.name}-23-2"
  tags = merge(local.tags, { part = "23" })
  description = "generated resource 70241 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r23_3" {
  name = "${local.name}-23-3"
  tags = merge(local.tags, { part = "23" })
  description = "generated resource 70390 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_s3_bucket" "r23_4" {
  name = "${local.name}-23-4"
  tags = merge(local.tags, { part = "23" })
  description = "generated resource 2856 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_iam_role" "r23_5" {
  name = "${local.name}-23-5"
  tags = merge(local.tags, { part = "23" })
  description = "generated resource 38474 for benchmarks; mentions 0.0.0.0/0 only in text"
}

resource "aws_sqs_queue" "r23_6" {
  name = "${local.name}-23-6"
  tags = merge(local.tags, { part = "23" })
  description = "generated resource 68674 for benchmarks; mentions 0.0.0.0/0 only in text"
}

